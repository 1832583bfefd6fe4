'use strict';
// The peer bot on the Bot Framework SDK: the same three things Cnam.Bot does in bench/'s load (questions,
// eligibility questionnaire, schedule), the SDK way: ActivityHandler, a DialogSet with waterfall dialogs and
// text prompts, conversation and user state in MemoryStorage. Card submissions ({action, slot, value}) are read
// as if the value had been typed, as Cnam.Bot does.
const { ActivityHandler, MessageFactory } = require('botbuilder');
const { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } = require('botbuilder-dialogs');
const { fold } = require('./knowledge');

const ELIGIBILITY = 'eligibility';
const SCHEDULE = 'schedule';
const PROMPT = 'text';

const wantsEligibility = (t) => /eligib|inscrire|je peux faire|admission|combien je paierai/.test(t);
const wantsSchedule = (t) => /prochain cours|cette semaine|je suis en cours|je suis en parcours|mon planning/.test(t);

function ask(text) {
  return (step) => step.prompt(PROMPT, { prompt: MessageFactory.text(text) });
}

function remember(field) {
  return (step) => {
    step.values[field] = step.result;
    return step.next();
  };
}

class PeerBot extends ActivityHandler {
  constructor(knowledge, conversationState, userState) {
    super();
    this.knowledge = knowledge;
    this.conversationState = conversationState;
    this.userState = userState;
    this.dialogState = conversationState.createProperty('dialogState');
    this.profile = userState.createProperty('profile');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new TextPrompt(PROMPT));
    this.dialogs.add(new WaterfallDialog(ELIGIBILITY, this.eligibilitySteps()));
    this.dialogs.add(new WaterfallDialog(SCHEDULE, this.scheduleSteps()));

    this.onMessage(async (context, next) => {
      const value = context.activity.value;
      if (value && typeof value.value === 'string') {
        context.activity.text = value.value;
      }
      const text = fold(context.activity.text || '');
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) {
        if (wantsEligibility(text)) {
          await dc.beginDialog(ELIGIBILITY);
        } else if (wantsSchedule(text)) {
          await dc.beginDialog(SCHEDULE);
        } else {
          await this.answer(context, context.activity.text || '');
        }
      }
      await next();
    });
  }

  async run(context) {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  async answer(context, question) {
    const found = this.knowledge.answer(question);
    await context.sendActivity(found
      ? `${found.text}\n\n(Source : ${found.source})`
      : "Je n'ai pas trouvé la réponse dans les documents. Contactez le secrétariat.");
  }

  eligibilitySteps() {
    return [
      ask('Quelle formation vous intéresse ?'), remember('programme'),
      ask('Dans quel centre : Paris ou La Réunion ?'), remember('centre'),
      ask('Quel est votre diplôme le plus élevé ?'), remember('diploma'),
      ask("Combien de temps d'expérience professionnelle avez-vous ?"), remember('experience'),
      ask('Préférez-vous les cours du jour ou les cours du soir ?'), remember('modality'),
      ask('Qui financera votre formation ?'), remember('funding'),
      async (step) => {
        const v = step.values;
        const fees = this.knowledge.answer(`${v.programme} ${v.modality} ${v.funding} tarif`);
        const profile = await this.profile.get(step.context, {});
        profile.eligibility = v;
        await step.context.sendActivity(`Votre profil : ${v.programme}, ${v.centre}, ${v.diploma}, ${v.experience} d'expérience.\n` +
          `Tarif : ${fees ? fees.text : 'non trouvé'}`);
        return step.endDialog();
      },
    ];
  }

  scheduleSteps() {
    return [
      async (step) => {
        const profile = await this.profile.get(step.context, {});
        return profile.modality ? step.next(profile.modality) : step.prompt(PROMPT, { prompt: 'Vous suivez les cours du soir ou du jour ?' });
      },
      async (step) => {
        const profile = await this.profile.get(step.context, {});
        profile.modality = /jour/.test(fold(step.result)) ? 'jour' : 'soir';
        return profile.parcours ? step.next(profile.parcours) : step.prompt(PROMPT, { prompt: 'Quel est votre parcours ?' });
      },
      async (step) => {
        const profile = await this.profile.get(step.context, {});
        profile.parcours = /culture/.test(fold(step.result)) ? 'insertion-culture' : 'insertion-pro';
        const today = (step.context.activity.localTimestamp ? new Date(step.context.activity.localTimestamp) : new Date()).toISOString().slice(0, 10);
        const sessions = this.knowledge.nextSessions([profile.modality, profile.parcours], today, 5);
        await step.context.sendActivity(sessions.length
          ? sessions.map((s) => `${s.date} ${s.hours} ${s.ue}`).join('\n')
          : "Le planning de cette année n'est pas encore publié.");
        return step.endDialog();
      },
    ];
  }
}

module.exports = { PeerBot };
