import enFlows from './locales/en/flows.json' with { type: 'json' };
import enPortalCitizen from './locales/en/portal/citizen.json' with { type: 'json' };
import enPortalCommon from './locales/en/portal/common.json' with { type: 'json' };
import enPortalOfficer from './locales/en/portal/officer.json' with { type: 'json' };
import enPortalReports from './locales/en/portal/reports.json' with { type: 'json' };
import enButton from './locales/en/ui/button.json' with { type: 'json' };
import enChoice from './locales/en/ui/choice.json' with { type: 'json' };
import enDialog from './locales/en/ui/dialog.json' with { type: 'json' };
import enFeedback from './locales/en/ui/feedback.json' with { type: 'json' };
import enForm from './locales/en/ui/form.json' with { type: 'json' };
import enFrame from './locales/en/ui/frame.json' with { type: 'json' };
import enValidation from './locales/en/validation.json' with { type: 'json' };
import viFlows from './locales/vi/flows.json' with { type: 'json' };
import viPortalCitizen from './locales/vi/portal/citizen.json' with { type: 'json' };
import viPortalCommon from './locales/vi/portal/common.json' with { type: 'json' };
import viPortalOfficer from './locales/vi/portal/officer.json' with { type: 'json' };
import viPortalReports from './locales/vi/portal/reports.json' with { type: 'json' };
import viButton from './locales/vi/ui/button.json' with { type: 'json' };
import viChoice from './locales/vi/ui/choice.json' with { type: 'json' };
import viDialog from './locales/vi/ui/dialog.json' with { type: 'json' };
import viFeedback from './locales/vi/ui/feedback.json' with { type: 'json' };
import viForm from './locales/vi/ui/form.json' with { type: 'json' };
import viFrame from './locales/vi/ui/frame.json' with { type: 'json' };
import viValidation from './locales/vi/validation.json' with { type: 'json' };

// The `ui` namespace is kept in one file per family of components, merged here, so that
// families can grow side by side without editing one shared file; `portal` likewise, one
// file per area of the portal (common, citizen, officer, reports).

/** Vietnamese catalogs: the default language, the fallback, and the source of the key types. */
export const vi = {
  ui: { ...viButton, ...viFrame, ...viForm, ...viChoice, ...viFeedback, ...viDialog },
  validation: viValidation,
  flows: viFlows,
  portal: { ...viPortalCommon, ...viPortalCitizen, ...viPortalOfficer, ...viPortalReports },
};

/** English catalogs: every key of `vi`, translated. */
export const en = {
  ui: { ...enButton, ...enFrame, ...enForm, ...enChoice, ...enFeedback, ...enDialog },
  validation: enValidation,
  flows: enFlows,
  portal: { ...enPortalCommon, ...enPortalCitizen, ...enPortalOfficer, ...enPortalReports },
};

/** Every catalog by language. Adding a language is adding one folder of catalogs here. */
export const resources = { vi, en } as const;

/** A language the kit ships catalogs for. */
export type Locale = keyof typeof resources;

/** The namespaces every language provides. */
export type Namespace = keyof typeof vi;

export const locales = Object.keys(resources) as Locale[];
export const defaultLocale: Locale = 'vi';
export const namespaces = Object.keys(vi) as Namespace[];
