// Words for the app's fixed choices, shared by screens and exports.
import type { Route, Setting, SideEffectKind } from './types';

/** How each route of administration is named. */
export const routeLabels: Record<Route, string> = {
  'sublingual-oral': 'Sublingual / oral',
  intramuscular: 'Intramuscular (IM)',
  intravenous: 'Intravenous (IV)',
  intranasal: 'Intranasal',
  other: 'Other',
};

/** How each setting is named. */
export const settingLabels: Record<Setting, string> = {
  clinic: 'At the clinic',
  'home-supervised': 'At home, supervised',
  other: 'Somewhere else',
};

/** How each side effect is named. */
export const sideEffectLabels: Record<SideEffectKind, string> = {
  dizziness: 'Dizziness',
  nausea: 'Nausea',
  headache: 'Headache',
  'raised-heart-rate': 'Raised heart rate',
  'lingering-dissociation': 'Lingering dissociation',
  other: 'Other',
};
