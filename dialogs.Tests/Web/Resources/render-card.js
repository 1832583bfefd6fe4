// Test harness: renders one Adaptive Card with the official renderer (adaptivecards, the version Web Chat 4.18
// bundles) and reports every parse event, validation issue and render failure.
window.renderAdaptiveCard = function (json) {
  var AC = window.AdaptiveCards;
  var issues = [];
  var eventName = function (e) { return (AC.ValidationEvent && AC.ValidationEvent[e.event]) || String(e.event); };
  var card = new AC.AdaptiveCard();
  var context = new AC.SerializationContext();
  try {
    card.parse(json, context);
  } catch (e) {
    issues.push('parse threw: ' + e.message);
  }
  for (var i = 0; i < context.eventCount; i++) {
    var parseEvent = context.getEventAt(i);
    issues.push('parse ' + eventName(parseEvent) + ': ' + parseEvent.message);
  }
  card.validateProperties().validationEvents.forEach(function (e) {
    issues.push('validation ' + eventName(e) + ': ' + e.message);
  });
  var element;
  try {
    element = card.render();
  } catch (e) {
    issues.push('render threw: ' + e.message);
  }
  if (!element) {
    issues.push('render produced no element');
  } else {
    document.body.appendChild(element);
  }
  return { issues: issues, text: element ? element.innerText : '' };
};
