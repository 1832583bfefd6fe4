// The chat page (issue 6): Web Chat 4.18 (built from npm into /lib/webchat) on Direct Line.
// - A new conversation starts with a token from POST /api/webchat/token: the built-in Direct Line of this bot
//   (domain "/v3/directline") or Azure's, as the server decides; the page never sees a secret.
// - The conversation survives a reload: its id, token and watermark stay in sessionStorage (this tab only); on
//   reload the token is refreshed and Web Chat reconnects to the same conversation, which replays the history.
// - /?reunion=<id> (a follow-up link after an information meeting) starts a new conversation and tells the bot
//   which meeting with the event "cnam/meetingFollowUp".
// No WebSocket: the built-in Direct Line has no stream, so Web Chat polls (webSocket: false).
(function () {
  'use strict';

  var STORAGE_KEY = 'cnam-bot/conversation';
  var MEETING_EVENT = 'cnam/meetingFollowUp';
  var MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;
  // Refresh a stored token only when it has at least this long to live (ms).
  var MIN_TOKEN_LIFE = 60 * 1000;

  var chat = document.getElementById('chat');
  var status = document.getElementById('chat-status');

  function showStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle('error', !!isError);
    status.hidden = false;
  }

  function readStored() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function store(conversation) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(conversation));
    } catch (e) {
      // Private mode or full storage: the conversation simply does not survive a reload.
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // Nothing stored.
    }
  }

  // Direct Line tokens (built-in and Azure) are JWTs: their "exp" claim says when they expire.
  function tokenExpiry(token, fallback) {
    try {
      var payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      var exp = JSON.parse(window.atob(payload + '==='.slice((payload.length + 3) % 4))).exp;
      return typeof exp === 'number' ? exp * 1000 : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function absoluteDomain(domain) {
    return domain.charAt(0) === '/' ? window.location.origin + domain : domain;
  }

  function postJson(url, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    return window.fetch(url, { method: 'POST', headers: headers, body: '{}', credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function newConversation(meetingId) {
    return postJson('/api/webchat/token').then(function (answer) {
      return {
        conversationId: answer.conversationId,
        token: answer.token,
        expiresAt: tokenExpiry(answer.token, Date.now() + answer.expires_in * 1000),
        domain: answer.domain,
        userId: answer.userId,
        watermark: '',
        meetingId: meetingId,
        started: false
      };
    });
  }

  // A stored conversation whose token still lives gets a fresh token for the same conversation.
  function resumeConversation(saved) {
    if (!(saved.expiresAt > Date.now() + MIN_TOKEN_LIFE)) {
      return Promise.resolve(null);
    }
    return postJson(absoluteDomain(saved.domain) + '/tokens/refresh', saved.token)
      .then(function (answer) {
        if (answer.conversationId !== saved.conversationId) {
          return null;
        }
        saved.token = answer.token;
        saved.expiresAt = tokenExpiry(answer.token, Date.now() + answer.expires_in * 1000);
        return saved;
      })
      .catch(function () {
        return null;
      });
  }

  function meetingFromUrl() {
    var id = new URLSearchParams(window.location.search).get('reunion');
    return id && MEETING_ID.test(id) ? id : null;
  }

  function open() {
    var meetingId = meetingFromUrl();
    var saved = readStored();
    // A meeting link opens its own conversation; a reload of the same link resumes it.
    if (saved && meetingId && saved.meetingId !== meetingId) {
      saved = null;
    }
    var resumed = saved ? resumeConversation(saved) : Promise.resolve(null);
    return resumed.then(function (conversation) {
      return conversation || newConversation(meetingId);
    });
  }

  function render(conversation) {
    store(conversation);
    var WebChat = window.WebChat;
    var directLine = WebChat.createDirectLine({
      domain: absoluteDomain(conversation.domain),
      token: conversation.token,
      // Reconnecting: GET /conversations/{id}; polling then starts at the beginning so the history is shown again.
      conversationId: conversation.started ? conversation.conversationId : undefined,
      webSocket: false
    });
    var botId = null;
    var typingCount = 0;

    function remember() {
      // DirectLineJS keeps the current token (refreshed every 15 min) and watermark on the instance.
      if (typeof directLine.token === 'string' && directLine.token !== conversation.token) {
        conversation.token = directLine.token;
        conversation.expiresAt = tokenExpiry(directLine.token, conversation.expiresAt);
      }
      if (typeof directLine.watermark === 'string' && directLine.watermark) {
        conversation.watermark = directLine.watermark;
      }
      store(conversation);
    }

    var webChatStore = WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            var isNew = !conversation.started;
            conversation.started = true;
            remember();
            if (isNew && conversation.meetingId) {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: MEETING_EVENT, value: { meetingId: conversation.meetingId } } });
            }
          } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var from = action.payload.activity.from || {};
            if (from.role === 'bot' && from.id) {
              botId = from.id;
            }
            remember();
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload.activity.type === 'message' && botId) {
            // The bot's own typing activity travels only over a WebSocket, which polling does not have: show the
            // indicator while the answer is on its way, as Web Chat would for a typing activity from the bot.
            typingCount += 1;
            api.dispatch({
              type: 'DIRECT_LINE/INCOMING_ACTIVITY',
              payload: {
                activity: {
                  type: 'typing',
                  id: 'local-typing-' + typingCount,
                  from: { id: botId, role: 'bot' },
                  timestamp: new Date().toISOString()
                }
              }
            });
          } else if (action.type === 'DIRECT_LINE/CONNECTION_STATUS_UPDATE' && action.payload.connectionStatus >= 4) {
            // FailedToConnect or Ended (e.g. after "supprimer mes données", which erases the conversation): the next
            // visit starts afresh, and the person is told how to get there.
            forget();
            showStatus('La conversation est terminée ou interrompue. Rechargez la page pour en commencer une nouvelle.', false);
          }
          return result;
        };
      };
    });

    status.hidden = true;
    var root = document.createElement('div');
    root.className = 'webchat-root';
    chat.appendChild(root);

    WebChat.renderWebChat({
      directLine: directLine,
      store: webChatStore,
      locale: 'fr-FR',
      styleOptions: {
        accent: '#c1002a',
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        bubbleFromUserBackground: '#f3e6ea',
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16,
        hideUploadButton: true,
        sendBoxTextWrap: true,
        botAvatarInitials: 'C',
        botAvatarBackgroundColor: '#c1002a'
      }
    }, root);
  }

  function start() {
    if (!window.WebChat) {
      showStatus("L'assistant n'a pas pu se charger. Rechargez la page.", true);
      return;
    }
    open().then(render).catch(function () {
      showStatus("L'assistant est indisponible pour le moment. Réessayez dans quelques minutes.", true);
    });
  }

  start();
}());
