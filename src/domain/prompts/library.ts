// The built-in reflection prompts. Every prompt here is original to Waypoint, written for this
// app in our own words; none is copied from a book, a clinic handout or another app.
// Style: second person, short, plain and warm; an invitation, never an instruction. Prompts do
// not assume the session was good or hard, do not mention doses or medication, and leave room
// to write little or nothing. Ids are stable forever: tasks and journal entries refer to them,
// so a prompt's wording may be polished but its id is never reused for a different prompt.
// Phase and timing conventions (the schedule relies on them):
// - preparation prompts are suggested 'before-next' (the days before a planned session);
// - session-day prompts are for the 'same-evening';
// - integration prompts cover +1, +3, +7 and +14 days and 'before-next' (looking back before
//   the next session).
import type { PromptPhase, PromptTheme, PromptTiming } from '../types';

/** A reflection prompt that ships with the app. */
export interface BuiltInPrompt {
  readonly id: string;
  readonly text: string;
  readonly phase: PromptPhase;
  readonly timing: PromptTiming;
  readonly theme: PromptTheme;
  /** Invites the user to set intentions for the coming session. */
  readonly setsIntentions?: true;
  /** Looks back at the intentions the user set for the session ("how did this show up?"). */
  readonly revisitsIntentions?: true;
}

/** Every phase, in the order of the KAP arc. */
export const PROMPT_PHASES: readonly PromptPhase[] = ['preparation', 'session-day', 'integration'];

/** Every timing, in the order of the integration rhythm. */
export const PROMPT_TIMINGS: readonly PromptTiming[] = [
  'same-evening',
  'day-1',
  'day-3',
  'day-7',
  'day-14',
  'before-next',
];

/** Every theme, in the order product.md lists them (the schedule rotates through this order). */
export const PROMPT_THEMES: readonly PromptTheme[] = [
  'body',
  'emotions',
  'memories-imagery',
  'relationships',
  'meaning',
  'self-compassion',
  'change',
  'commitments',
];

type IntentionFlags = Pick<BuiltInPrompt, 'setsIntentions' | 'revisitsIntentions'>;

const prep = (
  id: string,
  theme: PromptTheme,
  text: string,
  extra: IntentionFlags = {},
): BuiltInPrompt => ({
  id: `builtin-prep-${id}`,
  text,
  phase: 'preparation',
  timing: 'before-next',
  theme,
  ...extra,
});

const day = (id: string, theme: PromptTheme, text: string): BuiltInPrompt => ({
  id: `builtin-day-${id}`,
  text,
  phase: 'session-day',
  timing: 'same-evening',
  theme,
});

const int = (
  id: string,
  timing: PromptTiming,
  theme: PromptTheme,
  text: string,
  extra: IntentionFlags = {},
): BuiltInPrompt => ({
  id: `builtin-int-${id}`,
  text,
  phase: 'integration',
  timing,
  theme,
  ...extra,
});

/** The built-in prompts, grouped by phase and timing. */
export const BUILT_IN_PROMPTS: readonly BuiltInPrompt[] = [
  // Preparation: the days before a planned session.
  prep(
    'intentions-01',
    'meaning',
    'What would you like to bring into your next session? An intention can be a word, a question or a feeling. Rough wording is fine, and it can change later.',
    { setsIntentions: true },
  ),
  prep(
    'intentions-02',
    'meaning',
    'If you could hold one question loosely as you go into your session, what might it be? You can write it down as an intention, or simply let it sit for now.',
    { setsIntentions: true },
  ),
  prep(
    'body-01',
    'body',
    'How is your body feeling as the session gets closer? Notice any places of ease or tension, without needing to change them.',
  ),
  prep(
    'body-02',
    'body',
    'What helps your body feel safe and settled? You might jot down a few things to have ready, like a blanket, soft clothes or an eye mask.',
  ),
  prep(
    'emotions-01',
    'emotions',
    'What feelings come up when you think about your next session? Curiosity, nerves, calm or something else entirely are all welcome here.',
  ),
  prep(
    'emotions-02',
    'emotions',
    'Is there a worry about the session you would like to put into words? You could bring it up with your therapist beforehand if that feels useful.',
  ),
  prep(
    'memories-01',
    'memories-imagery',
    'Is there an image, a place or a piece of music you would like to have close by during your session?',
  ),
  prep(
    'relationships-01',
    'relationships',
    'Who would you like to know about your session day? Is there anyone you might like to be in touch with afterwards?',
  ),
  prep(
    'relationships-02',
    'relationships',
    'Is there anything you would like your therapist or the clinic team to know before the session? You could note it here to bring along.',
  ),
  prep(
    'self-compassion-01',
    'self-compassion',
    'What could help you feel a little more looked after in the days around your session? Small things count.',
  ),
  prep(
    'change-01',
    'change',
    'Is there something in your life you are hoping might shift? You can name it gently, without deciding in advance what the session will bring.',
  ),
  prep(
    'commitments-01',
    'commitments',
    'What is one kind thing you could plan for the evening after your session, such as rest, a quiet walk or time alone?',
  ),

  // Session day: the same evening.
  day(
    'body-01',
    'body',
    'How does your body feel this evening? You might notice warmth, heaviness, lightness or nothing in particular. All of it is fine to note.',
  ),
  day(
    'emotions-01',
    'emotions',
    'What feelings are with you right now? One or two words is plenty.',
  ),
  day(
    'emotions-02',
    'emotions',
    'If today had a kind of weather, what would it be? You can leave it at that or say a little more.',
  ),
  day(
    'memories-01',
    'memories-imagery',
    'Were there any images, colours, sounds or moments from today you would like to set down before they fade? Fragments are welcome.',
  ),
  day(
    'relationships-01',
    'relationships',
    'Did a person, or a sense of someone, come to mind today? You can simply note who, without explaining why.',
  ),
  day(
    'meaning-01',
    'meaning',
    'Is there anything from today you would like to come back to later? There is no rush to make sense of it yet.',
  ),
  day(
    'self-compassion-01',
    'self-compassion',
    'Whatever today was like, how could you take care of yourself tonight?',
  ),
  day(
    'self-compassion-02',
    'self-compassion',
    'There is no rush for you to understand today. What would feel gentle for the rest of your evening?',
  ),
  day(
    'change-01',
    'change',
    'Did anything feel different today, even slightly, in how you saw things or yourself?',
  ),
  day(
    'commitments-01',
    'commitments',
    'Is there one small thing you would like to remember to do for yourself tomorrow?',
  ),

  // Integration, the day after.
  int(
    'intentions-01',
    'day-1',
    'meaning',
    'Look back at the intentions you set for this session. How, if at all, did they show up? It is also fine if they did not.',
    { revisitsIntentions: true },
  ),
  int(
    'intentions-02',
    'day-1',
    'commitments',
    'Do the intentions you set for this session still feel like yours today? Is there anything you would add, let go of or word differently?',
    { revisitsIntentions: true },
  ),
  int(
    'body-01',
    'day-1',
    'body',
    'How did you sleep, and how does your body feel today? Notice what is there without needing to fix it.',
  ),
  int(
    'emotions-01',
    'day-1',
    'emotions',
    'What is your mood like today, compared with yesterday? Any feeling is welcome here.',
  ),
  int(
    'memories-01',
    'day-1',
    'memories-imagery',
    'Has anything from the session come back to you since yesterday, like an image, a phrase or a sensation?',
  ),
  int(
    'relationships-01',
    'day-1',
    'relationships',
    'Is there anyone you would like to share something from the session with? Or anyone you would rather give a little space for now?',
  ),
  int(
    'meaning-01',
    'day-1',
    'meaning',
    'If you were to give the session a title, what might it be? You can change it any time.',
  ),
  int(
    'self-compassion-01',
    'day-1',
    'self-compassion',
    'What would you say to a friend the day after a day like yesterday? Could you offer yourself some of that?',
  ),
  int(
    'change-01',
    'day-1',
    'change',
    'Is there anything you are noticing today that feels new or unfamiliar, even if you are not sure what it means?',
  ),
  int(
    'commitments-01',
    'day-1',
    'commitments',
    'Is there one small, gentle step you would like to take this week? It can be as small as you like.',
  ),

  // Integration, three days on.
  int(
    'body-02',
    'day-3',
    'body',
    'Three days on, what is your body telling you? Energy, sleep, appetite, tension: notice whatever stands out.',
  ),
  int(
    'emotions-02',
    'day-3',
    'emotions',
    'Which feelings have been visiting you most since the session? Have any of them surprised you?',
  ),
  int(
    'memories-02',
    'day-3',
    'memories-imagery',
    'Is there a memory or image from the session you keep returning to? You could describe it, sketch it or simply name it.',
  ),
  int(
    'relationships-02',
    'day-3',
    'relationships',
    'Have you noticed anything in how you relate to the people around you these last few days?',
  ),
  int(
    'meaning-02',
    'day-3',
    'meaning',
    'Is anything from the session starting to feel meaningful to you, or does it still feel unclear? Both are okay.',
  ),
  int(
    'self-compassion-02',
    'day-3',
    'self-compassion',
    'If a critical inner voice has shown up for you these past days, what might a kinder voice say instead?',
  ),
  int(
    'change-02',
    'day-3',
    'change',
    'Have you noticed any small differences in your days since the session, in habits, reactions or thoughts?',
  ),
  int(
    'commitments-02',
    'day-3',
    'commitments',
    'If you made a plan or a promise to yourself after the session, how is it sitting with you now? There is no right way for it to go.',
  ),

  // Integration, a week on.
  int(
    'body-03',
    'day-7',
    'body',
    'A week on, how is your body? Is there a place that feels different, easier or more tender than before?',
  ),
  int(
    'emotions-03',
    'day-7',
    'emotions',
    'Looking back over your week, which feeling has been most present? Has it changed since the first days?',
  ),
  int(
    'memories-03',
    'day-7',
    'memories-imagery',
    'Has a dream, image or memory surfaced this week that feels connected to the session? You can write as much or as little as feels right.',
  ),
  int(
    'relationships-03',
    'day-7',
    'relationships',
    'Has a conversation this week felt different from usual? What did you notice in yourself?',
  ),
  int(
    'meaning-03',
    'day-7',
    'meaning',
    'What, if anything, feels clearer to you a week on? And what still feels like an open question?',
  ),
  int(
    'self-compassion-03',
    'day-7',
    'self-compassion',
    'What have you done this week to look after yourself? Notice even the smallest things.',
  ),
  int(
    'change-03',
    'day-7',
    'change',
    'Is there an old pattern you caught yourself in this week, or stepped out of? What was that like?',
  ),
  int(
    'commitments-03',
    'day-7',
    'commitments',
    'Is there something you would like to keep doing, or start doing, in the week ahead? Keep it small and kind.',
  ),

  // Integration, two weeks on.
  int(
    'body-04',
    'day-14',
    'body',
    'Two weeks on, how would you describe the way your body feels these days? Is anything different from before the session?',
  ),
  int(
    'emotions-04',
    'day-14',
    'emotions',
    'How has your emotional weather been over these two weeks? Are there feelings you would like to give more room to?',
  ),
  int(
    'memories-04',
    'day-14',
    'memories-imagery',
    'When you think back to the session now, which moment or image stays with you most? Has what it means to you shifted?',
  ),
  int(
    'relationships-04',
    'day-14',
    'relationships',
    'Have any of your relationships shifted over these two weeks, even a little? Is there one you would like to tend to?',
  ),
  int(
    'meaning-04',
    'day-14',
    'meaning',
    'What would you like to remember about this session a year from now?',
  ),
  int(
    'self-compassion-04',
    'day-14',
    'self-compassion',
    'Looking back at these two weeks, is there something you would like to thank yourself for?',
  ),
  int(
    'change-04',
    'day-14',
    'change',
    'What feels different in your life now compared with before the session? It is fine if the answer is not much.',
  ),
  int(
    'commitments-04',
    'day-14',
    'commitments',
    'Looking back at anything you set out to do after the session: what has stayed with you, what has faded, and what would you like to carry forward?',
  ),

  // Integration, the day before the next session.
  int(
    'body-05',
    'before-next',
    'body',
    'Before your next session, how is your body doing? Is there anything you would like your care team to know?',
  ),
  int(
    'emotions-05',
    'before-next',
    'emotions',
    'How are you feeling about your next session, now that you have the last one behind you?',
  ),
  int(
    'memories-05',
    'before-next',
    'memories-imagery',
    'Is there anything from your last session you would like to return to next time, or gently set aside?',
  ),
  int(
    'relationships-05',
    'before-next',
    'relationships',
    'Is there anything from the past weeks you would like to talk through with your therapist around your next session?',
  ),
  int(
    'meaning-05',
    'before-next',
    'meaning',
    'Looking back over the time since your last session, what has it shown you, if anything?',
  ),
  int(
    'self-compassion-05',
    'before-next',
    'self-compassion',
    'What would help you arrive at your next session feeling supported?',
  ),
  int(
    'change-05',
    'before-next',
    'change',
    'What has shifted since your last session, and what has stayed the same? Both are worth noticing.',
  ),
  int(
    'commitments-05',
    'before-next',
    'commitments',
    'How did the things you meant to try since your last session go? Is there anything you would like to adjust or let go of?',
  ),
];

const byId: ReadonlyMap<string, BuiltInPrompt> = new Map(BUILT_IN_PROMPTS.map((p) => [p.id, p]));

/** The built-in prompt with this id, if there is one. */
export function builtInPrompt(id: string): BuiltInPrompt | undefined {
  return byId.get(id);
}

/** True for the ids of built-in prompts (custom and pack prompts have random ids). */
export function isBuiltInPromptId(id: string): boolean {
  return byId.has(id);
}
