// React page templates built from @dvc/ui. Import `@dvc/flows/templates.css` once beside
// `@dvc/ui/styles.css`.
export { CheckAnswersPage, type CheckAnswersPageProps } from './CheckAnswersPage.js';
export { ConfirmationPage, type ConfirmationPageProps } from './ConfirmationPage.js';
export { addWorkingDays } from './dates.js';
export { consentField, DeclarationPage, type DeclarationPageProps } from './DeclarationPage.js';
export { errorText, useFlowsTranslation } from './i18n.js';
export { vnDisplayNames } from './names.js';
export { QuestionPage, saveDraftAction, type QuestionPageProps } from './QuestionPage.js';
export { SessionTimeout, type SessionTimeoutProps } from './SessionTimeout.js';
export { StartPage, type StartPageProps } from './StartPage.js';
export { StopPage, type StopPageProps } from './StopPage.js';
export {
  TaskListPage,
  type TaskListPageProps,
  type TaskSection,
  type TaskStatus,
} from './TaskListPage.js';
