// PCL-5, the PTSD Checklist for DSM-5 (past month, standard form).
// Source: Weathers, F. W., Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr,
// P. P. (2013). The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD. Public domain.
// The items, lead-in and answer options below are the published wording, verbatim. The
// instructions are the National Center for PTSD's own wording for its fillable (on-screen)
// form, which says "select one of the options" where the paper form says "circle one of the
// numbers to the right".
import type { QuestionnaireDefinition } from './definition';

/** The PCL-5, verbatim. */
export const pcl5: QuestionnaireDefinition = {
  id: 'pcl5',
  name: 'PCL-5',
  fullName: 'PTSD Checklist for DSM-5 (PCL-5)',
  measures:
    'How much the after-effects of one very stressful experience have bothered you over the past month.',
  instructions:
    'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then select one of the options to indicate how much you have been bothered by that problem in the past month.',
  stem: 'In the past month, how much were you bothered by:',
  items: [
    'Repeated, disturbing, and unwanted memories of the stressful experience?',
    'Repeated, disturbing dreams of the stressful experience?',
    'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
    'Feeling very upset when something reminded you of the stressful experience?',
    'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
    'Avoiding memories, thoughts, or feelings related to the stressful experience?',
    'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
    'Trouble remembering important parts of the stressful experience?',
    'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
    'Blaming yourself or someone else for the stressful experience or what happened after it?',
    'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
    'Loss of interest in activities that you used to enjoy?',
    'Feeling distant or cut off from other people?',
    'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
    'Irritable behavior, angry outbursts, or acting aggressively?',
    'Taking too many risks or doing things that could cause you harm?',
    'Being "superalert" or watchful or on guard?',
    'Feeling jumpy or easily startled?',
    'Having difficulty concentrating?',
    'Trouble falling or staying asleep?',
  ],
  options: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'A little bit' },
    { value: 2, label: 'Moderately' },
    { value: 3, label: 'Quite a bit' },
    { value: 4, label: 'Extremely' },
  ],
  source:
    'PCL-5: Weathers, Litz, Keane, Palmieri, Marx & Schnurr (2013), National Center for PTSD. Public domain.',
};
