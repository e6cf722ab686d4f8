import { z } from 'zod';

// The service-definition format. Every text a citizen reads is a `{ vi, en }` pair, so that a
// service is ONE file: no catalog keys to keep in step with the definition.

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A lower-case identifier of words joined by "-", used in URLs and form field names. */
export const idSchema = z
  .string()
  .regex(idPattern, 'must be lower-case letters and digits, words joined by "-" (e.g. "ho-ten")');

/** Text in Vietnamese (first) and English. */
export const localTextSchema = z.strictObject({
  vi: z.string().trim().min(1, 'Vietnamese text must not be empty'),
  en: z.string().trim().min(1, 'English text must not be empty'),
});
export type LocalText = z.infer<typeof localTextSchema>;

/** A value a condition can compare with. */
const conditionValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/** A single test on an earlier answer. Exactly one of the comparisons is given. */
const conditionTestSchema = z
  .strictObject({
    /** The id of an earlier question. */
    question: idSchema,
    /** The answer equals this value (for checkboxes: this value is ticked). */
    equals: conditionValueSchema.optional(),
    /** The answer differs from this value (an unanswered question differs from everything). */
    notEquals: conditionValueSchema.optional(),
    /** The answer is one of these values (for checkboxes: any of them is ticked). */
    in: z.array(conditionValueSchema).min(1).optional(),
    /** The question has (true) or has not (false) been answered. */
    answered: z.boolean().optional(),
  })
  .refine(
    (c) => [c.equals, c.notEquals, c.in, c.answered].filter((v) => v !== undefined).length === 1,
    'a condition needs exactly one of "equals", "notEquals", "in" or "answered"',
  );

export type ConditionTest = z.infer<typeof conditionTestSchema>;
/** A declarative condition over earlier answers. */
export type Condition =
  ConditionTest | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    conditionTestSchema,
  ]),
);

/** What a question may be pre-answered with from the signed-in person's profile. */
export const prefillKeys = [
  'fullName',
  'dateOfBirth',
  'citizenId',
  'address',
  'phone',
  'email',
  'sex',
] as const;
export type PrefillKey = (typeof prefillKeys)[number];

const optionSchema = z.strictObject({
  value: z.string().min(1).max(100),
  label: localTextSchema,
  hint: localTextSchema.optional(),
});
export type Option = z.infer<typeof optionSchema>;

const baseQuestion = {
  /** Unique in the whole service; also the form field name. */
  id: idSchema,
  /** The question, which is also the page heading when it is alone on its page. */
  label: localTextSchema,
  hint: localTextSchema.optional(),
  /** A shorter label for check-your-answers; defaults to `label`. */
  summaryLabel: localTextSchema.optional(),
  /** Questions are required unless marked optional. */
  required: z.boolean().default(true),
  /** Show the question only when this holds. */
  showIf: conditionSchema.optional(),
  /** Bump when the meaning of the question changes: drafts then ask it again. */
  version: z.number().int().min(1).default(1),
  prefill: z.enum(prefillKeys).optional(),
};

const maxLength = (fallback: number) => z.number().int().min(1).max(10_000).default(fallback);

const textQuestion = z.strictObject({
  ...baseQuestion,
  type: z.literal('text'),
  maxLength: maxLength(200),
  /** Accepted shapes, e.g. `^[0-9]{4}$`; a mismatch gives the code `invalidFormat`. */
  pattern: z.string().optional(),
  /** Stored in capitals (Vietnamese forms often want names and places in capitals). */
  uppercase: z.boolean().default(false),
});
const fullNameQuestion = z.strictObject({
  ...baseQuestion,
  type: z.literal('fullName'),
  maxLength: maxLength(100),
  uppercase: z.boolean().default(false),
});
const dateQuestion = z.strictObject({
  ...baseQuestion,
  type: z.literal('date'),
  /** Which parts are asked: the whole date, month and year, or the year alone. */
  precision: z.enum(['full', 'month-year', 'year']).default('full'),
  notInFuture: z.boolean().default(false),
  /** Age limits in whole years, counted from the date to today. */
  minAge: z.number().int().min(0).optional(),
  maxAge: z.number().int().min(0).optional(),
});
const citizenIdQuestion = z.strictObject({ ...baseQuestion, type: z.literal('citizenId') });
const phoneQuestion = z.strictObject({ ...baseQuestion, type: z.literal('phone') });
const emailQuestion = z.strictObject({ ...baseQuestion, type: z.literal('email') });
const numberQuestion = z.strictObject({
  ...baseQuestion,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(true),
  /** A unit shown after the field, e.g. "bản". */
  suffix: localTextSchema.optional(),
});
const textareaQuestion = z.strictObject({
  ...baseQuestion,
  type: z.literal('textarea'),
  maxLength: maxLength(1000),
});
const choiceBase = { ...baseQuestion, options: z.array(optionSchema).min(1) };
const selectQuestion = z.strictObject({ ...choiceBase, type: z.literal('select') });
const radiosQuestion = z.strictObject({ ...choiceBase, type: z.literal('radios') });
const checkboxesQuestion = z.strictObject({
  ...choiceBase,
  type: z.literal('checkboxes'),
  minSelected: z.number().int().min(0).optional(),
  maxSelected: z.number().int().min(1).optional(),
});
const addressQuestion = z.strictObject({
  ...baseQuestion,
  type: z.literal('address'),
  /** Offer the helper that maps a pre-2025 address (with a district) to the new commune. */
  oldAddressHelper: z.boolean().default(true),
  /** Whether the street line (house number, street, hamlet) is asked. */
  street: z.enum(['required', 'optional', 'none']).default('required'),
  maxLength: maxLength(200),
});
const ethnicGroupQuestion = z.strictObject({ ...baseQuestion, type: z.literal('ethnicGroup') });
const fileQuestion = z.strictObject({
  ...baseQuestion,
  type: z.literal('file'),
  /** Accepted MIME types (`application/pdf`) or extensions (`.pdf`). */
  accept: z.array(z.string().min(2)).min(1).default(['application/pdf', 'image/jpeg', 'image/png']),
  maxSizeBytes: z
    .number()
    .int()
    .min(1)
    .default(5 * 1024 * 1024),
  maxFiles: z.number().int().min(1).default(1),
});

/** Every question type except the repeating group, which holds these. */
export const simpleQuestionSchema = z.discriminatedUnion('type', [
  textQuestion,
  fullNameQuestion,
  dateQuestion,
  citizenIdQuestion,
  phoneQuestion,
  emailQuestion,
  numberQuestion,
  textareaQuestion,
  selectQuestion,
  radiosQuestion,
  checkboxesQuestion,
  addressQuestion,
  ethnicGroupQuestion,
  fileQuestion,
]);

const repeatingGroupQuestion = z.strictObject({
  ...baseQuestion,
  type: z.literal('repeatingGroup'),
  /** The questions asked about each item; conditions may refer to the same item's answers. */
  questions: z.array(simpleQuestionSchema).min(1),
  /** What one item is called, e.g. "thành viên" / "member". */
  itemLabel: localTextSchema,
  minItems: z.number().int().min(0).default(0),
  maxItems: z.number().int().min(1).default(20),
});

export const questionSchema = z.discriminatedUnion('type', [
  ...simpleQuestionSchema.options,
  repeatingGroupQuestion,
]);

export type SimpleQuestion = z.output<typeof simpleQuestionSchema>;
export type RepeatingGroupQuestion = z.output<typeof repeatingGroupQuestion>;
export type Question = z.output<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionType = Question['type'];

const pageSchema = z.strictObject({
  id: idSchema,
  /** The page heading when a page holds several questions. */
  title: localTextSchema.optional(),
  hint: localTextSchema.optional(),
  showIf: conditionSchema.optional(),
  questions: z.array(questionSchema).min(1),
});
export type PageInput = z.input<typeof pageSchema>;

/** Where to go instead when an eligibility answer stops the application. */
const stopSchema = z.strictObject({
  title: localTextSchema,
  body: localTextSchema,
  link: z.strictObject({ href: z.string().min(1), text: localTextSchema }).optional(),
});
export type Stop = z.infer<typeof stopSchema>;

const eligibilityQuestionSchema = z.strictObject({
  id: idSchema,
  label: localTextSchema,
  hint: localTextSchema.optional(),
  showIf: conditionSchema.optional(),
  options: z
    .array(optionSchema.extend({ stop: stopSchema.optional() }))
    .min(2)
    .refine((o) => o.some((x) => !x.stop), 'at least one option must let the person continue'),
});
export type EligibilityQuestionInput = z.input<typeof eligibilityQuestionSchema>;

const documentSchema = z.strictObject({
  id: idSchema,
  text: localTextSchema,
  /** Only needed when this holds (e.g. a marriage certificate when the parents are married). */
  showIf: conditionSchema.optional(),
  /** Whether the person uploads it online or brings or shows it. */
  how: z.enum(['upload', 'bring', 'show']).default('upload'),
});

const declarationSchema = z.strictObject({
  /** Bump whenever the wording changes; the application records which wording was agreed. */
  version: z.string().min(1),
  /** What the person declares (true and complete, ...). */
  statement: localTextSchema,
  /** The notice given before collection: purpose, data, parties, retention. */
  notice: z.strictObject({
    purpose: localTextSchema,
    data: localTextSchema,
    parties: localTextSchema,
    retention: localTextSchema,
  }),
  /** Consent is asked per purpose, nothing pre-ticked. */
  purposes: z
    .array(
      z.strictObject({
        id: idSchema,
        text: localTextSchema,
        /** Without a required consent the application cannot be sent. */
        required: z.boolean(),
      }),
    )
    .min(1),
});
export type Declaration = z.output<typeof declarationSchema>;

const paperFormSchema = z.strictObject({
  name: localTextSchema,
  /** The number of fields a person fills in on the paper form. */
  fieldCount: z.number().int().min(1),
  /** Where the form and the count come from. */
  source: z.string().min(1),
  /** True when the count was not checked against the official form. */
  estimate: z.boolean(),
  /** What was counted, e.g. "with one household-member row". */
  note: z.string().optional(),
});
export type PaperForm = z.output<typeof paperFormSchema>;

/** The facts of a service a definition can mark as not yet checked against a primary source. */
export const serviceFacts = [
  'procedureCode',
  'authority',
  'onlineLevel',
  'fee',
  'processingDays',
  'documents',
  'whoCanUse',
] as const;
export type ServiceFact = (typeof serviceFacts)[number];

const unverifiedSchema = z.strictObject({
  /** Which fact is not confirmed. */
  fact: z.enum(serviceFacts),
  /** What is doubtful and what would confirm it (for developers; never shown to citizens). */
  note: z.string().min(1),
});
export type UnverifiedFact = z.output<typeof unverifiedSchema>;

export const serviceDefinitionSchema = z.strictObject({
  id: idSchema,
  version: z.number().int().min(1),
  name: localTextSchema,
  description: localTextSchema,
  /** The national procedure code, e.g. 1.001193 (verify against the national database). */
  procedureCode: z.string().regex(/^[0-9]\.[0-9]{6}$/, 'must look like "1.001193"'),
  /** False until the code has been checked against the national procedure database. */
  procedureCodeVerified: z.boolean().default(false),
  authority: localTextSchema,
  /** Fully online ("toàn trình") or partly online ("một phần"). */
  onlineLevel: z.enum(['toan-trinh', 'mot-phan']),
  fee: z.strictObject({ amountVnd: z.number().int().min(0), note: localTextSchema.optional() }),
  processingDays: z.number().min(0),
  processingNote: localTextSchema.optional(),
  whoCanUse: localTextSchema,
  documents: z.array(documentSchema),
  eligibility: z.array(eligibilityQuestionSchema).default([]),
  /** Pages in order; a bare question is a page of its own (one question per page). */
  pages: z.array(z.union([pageSchema, questionSchema])).min(1),
  declaration: declarationSchema,
  paperForm: paperFormSchema.optional(),
  /** Where the facts in this definition come from (legal bases, forms). */
  sources: z.array(z.string()).default([]),
  /**
   * Facts not confirmed by a primary source: templates never present them as settled (the start
   * page says they are to be confirmed), and they are easy to find and correct here.
   */
  unverified: z.array(unverifiedSchema).default([]),
});

export type ServiceDefinitionInput = z.input<typeof serviceDefinitionSchema>;
type ParsedDefinition = z.output<typeof serviceDefinitionSchema>;

/** A page of the flow after definition: always a list of questions. */
export interface Page {
  id: string;
  title?: LocalText | undefined;
  hint?: LocalText | undefined;
  showIf?: Condition | undefined;
  questions: Question[];
}

export type EligibilityQuestion = ParsedDefinition['eligibility'][number];
export type DocumentItem = ParsedDefinition['documents'][number];

/** A checked service definition, with defaults filled in and every page in page form. */
export interface ServiceDefinition extends Omit<ParsedDefinition, 'pages'> {
  pages: Page[];
}
