export type {
  AddressValue,
  AnswerValue,
  Answers,
  DateValue,
  FileMeta,
  GroupItem,
  SimpleAnswer,
} from './answers.js';
export {
  acceptDeclaration,
  checkAnswers,
  displaySimple,
  documentsNeeded,
  localText,
  type CheckAnswersRow,
  type DeclarationRecord,
  type DisplayNames,
  type FlowLocale,
} from './check-answers.js';
export { evaluateCondition, isAnswered } from './conditions.js';
export { defineService, ServiceDefinitionError } from './define-service.js';
export {
  createDraft,
  openDraft,
  parseDraft,
  questionHash,
  type Draft,
  type OpenDraftResult,
} from './draft.js';
export { measureEffort, type Effort } from './effort.js';
export {
  addGroupItem,
  addedPages,
  canVisit,
  changeGroupItem,
  firstIncompleteStep,
  flowPath,
  invalidatedPages,
  isComplete,
  nextStep,
  pagesOnPath,
  previousStep,
  removeGroupItem,
  stepErrors,
  submitStep,
  submittedAnswers,
  type FlowState,
  type NavigationOptions,
  type Step,
  type SubmitResult,
} from './engine.js';
export {
  actionField,
  addItemAction,
  addressParts,
  dateParts,
  fieldName,
  itemFieldName,
  removeItemAction,
} from './fields.js';
export {
  answersToEntries,
  parsePagePost,
  type FormEntries,
  type GroupAction,
  type ParsedPost,
} from './form.js';
export {
  cleanBlock,
  cleanLine,
  HARD_LENGTH_CAP,
  HARD_LIST_CAP,
  normalizeAnswer,
  normalizeAnswers,
  parseNumber,
} from './normalize.js';
export {
  allQuestions,
  findEligibility,
  findPage,
  findQuestion,
  pageOfQuestion,
  walk,
  type FlowStep,
  type Walk,
} from './paths.js';
export { applyPrefill, type PrefillResult, type Profile } from './prefill.js';
export {
  prefillKeys,
  type Condition,
  type ConditionTest,
  type Declaration,
  type DocumentItem,
  type EligibilityQuestion,
  type EligibilityQuestionInput,
  type LocalText,
  type Option,
  type Page,
  type PageInput,
  type PaperForm,
  type PrefillKey,
  type Question,
  type QuestionInput,
  type QuestionType,
  type RepeatingGroupQuestion,
  type ServiceDefinition,
  type ServiceDefinitionInput,
  type SimpleQuestion,
  type Stop,
} from './schema.js';
export {
  codeShapeReference,
  flowErrorCodes,
  type FlowErrorCode,
  validateEligibility,
  validateQuestion,
  type FieldError,
  type ReferenceData,
  type ValidationContext,
} from './validate.js';
