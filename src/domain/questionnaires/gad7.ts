// GAD-7, the Generalized Anxiety Disorder scale.
// Source: developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues,
// with an educational grant from Pfizer Inc. No permission required to reproduce, translate,
// display or distribute. The instructions, items and answer options below are the published
// wording, verbatim.
import type { QuestionnaireDefinition } from './definition';

/** The GAD-7, verbatim. */
export const gad7: QuestionnaireDefinition = {
  id: 'gad7',
  name: 'GAD-7',
  fullName: 'Generalized Anxiety Disorder scale (GAD-7)',
  measures: 'How much worry and nervousness have been with you over the last two weeks.',
  instructions:
    'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  options: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'Several days' },
    { value: 2, label: 'More than half the days' },
    { value: 3, label: 'Nearly every day' },
  ],
  source:
    'GAD-7: developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
};
