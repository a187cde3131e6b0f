// PHQ-9, the Patient Health Questionnaire depression module.
// Source: developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues,
// with an educational grant from Pfizer Inc. No permission required to reproduce, translate,
// display or distribute. The instructions, items and answer options below are the published
// wording, verbatim; item 9 asks about self-harm and triggers the safety response.
import type { QuestionnaireDefinition } from './definition';

/** The PHQ-9, verbatim, with its tenth (unscored) difficulty question. */
export const phq9: QuestionnaireDefinition = {
  id: 'phq9',
  name: 'PHQ-9',
  fullName: 'Patient Health Questionnaire (PHQ-9)',
  measures:
    'How low your mood has been over the last two weeks: sleep, energy, interest in things.',
  instructions:
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  options: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'Several days' },
    { value: 2, label: 'More than half the days' },
    { value: 3, label: 'Nearly every day' },
  ],
  unscored: {
    question:
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    options: [
      { value: 0, label: 'Not difficult at all' },
      { value: 1, label: 'Somewhat difficult' },
      { value: 2, label: 'Very difficult' },
      { value: 3, label: 'Extremely difficult' },
    ],
  },
  source:
    'PHQ-9: developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
};
