'use client';
import {
  forwardRef,
  useImperativeHandle,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
} from 'react';
import { Button } from '../button/Button.js';
import { ErrorMessage } from '../error-message/ErrorMessage.js';
import { FormField, useFormField, type FieldTextProps } from '../form-field/FormField.js';
import { useHydrated } from '../form-field/use-hydrated.js';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { acceptedExtensions, checkFile, type FileProblem } from './file-checks.js';

export interface FileUploadProps
  extends FieldTextProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'size' | 'prefix'> {
  /** The control's `name`; also its id when `id` is not given. */
  name: string;
  /** Accepted types, as for the native attribute (".pdf,.jpg,.png" or MIME types). */
  accept?: string;
  /** Allows several files. */
  multiple?: boolean;
  /** Largest file size in bytes; bigger files are refused with a message. */
  maxSize?: number;
  /** Uploads one file, reporting progress from 0 to 1; shows a progress bar per file when given. */
  upload?: (file: File, onProgress: (fraction: number) => void) => Promise<void>;
  /** Called with the accepted files whenever the list changes. */
  onFilesChange?: (files: File[]) => void;
}

interface Chosen {
  key: string;
  file: File;
  progress?: number;
  state?: 'uploading' | 'uploaded' | 'failed';
}

function formatSize(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return mb >= 1 ? `${number.format(mb)} MB` : `${number.format(bytes / 1024)} KB`;
}

let nextKey = 0;

/**
 * A native file input that works in a plain form post. With JavaScript it checks each file's
 * type (extension and first bytes) and size before upload, lists the chosen files with a remove
 * button each, shows upload progress, and announces added and removed files politely.
 */
export const FileUpload = forwardRef<HTMLInputElement, FileUploadProps>(
  function FileUpload(props, ref) {
    const { t, i18n } = useUiTranslation();
    const hydrated = useHydrated();
    const input = useRef<HTMLInputElement>(null);
    useImperativeHandle(ref, () => input.current as HTMLInputElement);
    const [chosen, setChosen] = useState<Chosen[]>([]);
    const [problems, setProblems] = useState<string[]>([]);
    const [announcement, setAnnouncement] = useState('');
    const problemsIdOf = (controlId: string) => `${controlId}-problems`;
    const {
      ids,
      field,
      control,
      rest: { accept, multiple = false, maxSize, upload, onFilesChange, onChange, ...rest },
    } = useFormField(props, {
      controlClass: 'dvc-file-upload',
      invalid: problems.length > 0,
      describedBy: (controlId) => problems.length > 0 && problemsIdOf(controlId),
    });
    const problemsId = problemsIdOf(ids.id);

    const types = (acceptedExtensions(accept) ?? []).map((ext) => ext.toUpperCase()).join(', ');

    function problemText(problem: FileProblem, file: File): string {
      const params = { name: file.name };
      switch (problem) {
        case 'wrongType':
          return t('fileUpload.wrongType', { ...params, types });
        case 'contentMismatch':
          return t('fileUpload.contentMismatch', params);
        case 'empty':
          return t('fileUpload.empty', params);
        case 'tooLarge':
          return t('fileUpload.tooLarge', {
            ...params,
            max: formatSize(maxSize ?? 0, i18n.language),
          });
      }
    }

    /** Keeps the native input's files equal to the list, so a plain form post sends exactly them. */
    function syncInput(list: Chosen[]) {
      const element = input.current;
      if (!element || typeof DataTransfer === 'undefined') return;
      const transfer = new DataTransfer();
      for (const item of list) transfer.items.add(item.file);
      try {
        element.files = transfer.files;
      } catch {
        // Test tools that stub `files` with a getter; real browsers accept the assignment.
      }
    }

    function update(key: string, patch: Partial<Chosen>) {
      setChosen((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
    }

    function startUpload(item: Chosen) {
      if (!upload) return;
      update(item.key, { state: 'uploading', progress: 0 });
      upload(item.file, (fraction) => {
        update(item.key, { progress: Math.min(1, Math.max(0, fraction)) });
      }).then(
        () => {
          update(item.key, { state: 'uploaded', progress: 1 });
          setAnnouncement(t('fileUpload.uploaded', { name: item.file.name }));
        },
        () => {
          update(item.key, { state: 'failed' });
          setAnnouncement(t('fileUpload.uploadFailed', { name: item.file.name }));
        },
      );
    }

    async function handleChange(event: ChangeEvent<HTMLInputElement>) {
      onChange?.(event);
      const files = [...(event.currentTarget.files ?? [])].map((file) => {
        // File names from macOS arrive decomposed (NFD); keep them NFC at this boundary.
        const nfc = file.name.normalize('NFC');
        return nfc === file.name ? file : new File([file], nfc, { type: file.type });
      });
      const found: string[] = [];
      const accepted: Chosen[] = [];
      for (const file of files) {
        const problem = await checkFile(file, { accept, maxSize });
        if (problem) found.push(problemText(problem, file));
        else accepted.push({ key: `f${String((nextKey += 1))}`, file });
      }
      const next = multiple ? [...chosen, ...accepted] : accepted.slice(0, 1);
      setChosen(next);
      setProblems(found);
      syncInput(next);
      onFilesChange?.(next.map((item) => item.file));
      setAnnouncement(
        [...accepted.map((item) => t('fileUpload.added', { name: item.file.name })), ...found].join(
          ' ',
        ),
      );
      for (const item of accepted) startUpload(item);
    }

    function remove(key: string) {
      const item = chosen.find((c) => c.key === key);
      const next = chosen.filter((c) => c.key !== key);
      setChosen(next);
      syncInput(next);
      onFilesChange?.(next.map((c) => c.file));
      if (item) setAnnouncement(t('fileUpload.removed', { name: item.file.name }));
      input.current?.focus();
    }

    return (
      <FormField {...field}>
        {problems.length > 0 && (
          <div id={problemsId}>
            {problems.map((problem) => (
              <ErrorMessage key={problem}>{problem}</ErrorMessage>
            ))}
          </div>
        )}
        <input
          ref={input}
          {...control}
          type="file"
          accept={accept}
          multiple={multiple}
          onChange={(event) => {
            void handleChange(event);
          }}
          {...rest}
        />
        {hydrated && chosen.length > 0 && (
          <div className="dvc-file-upload__chosen">
            <h3 className="dvc-file-upload__heading" id={`${ids.id}-chosen`}>
              {t('fileUpload.selected')}
            </h3>
            <ul className="dvc-file-upload__list" aria-labelledby={`${ids.id}-chosen`}>
              {chosen.map((item) => (
                <li key={item.key} className="dvc-file-upload__item">
                  <span className="dvc-file-upload__name">
                    {item.file.name}{' '}
                    <span className="dvc-file-upload__size">
                      ({formatSize(item.file.size, i18n.language)})
                    </span>
                  </span>
                  {item.state !== undefined && (
                    <span className="dvc-file-upload__progress">
                      <progress
                        max={1}
                        value={item.progress ?? 0}
                        aria-label={t('fileUpload.progress', { name: item.file.name })}
                      />
                      <span className="dvc-file-upload__state">
                        {item.state === 'uploading' &&
                          t('fileUpload.uploading', { name: item.file.name })}
                        {item.state === 'uploaded' &&
                          t('fileUpload.uploaded', { name: item.file.name })}
                        {item.state === 'failed' &&
                          t('fileUpload.uploadFailed', { name: item.file.name })}
                      </span>
                    </span>
                  )}
                  <Button
                    type="button"
                    variant="secondary"
                    className="dvc-file-upload__remove"
                    aria-label={t('fileUpload.removeFile', { name: item.file.name })}
                    onClick={() => {
                      remove(item.key);
                    }}
                  >
                    {t('fileUpload.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {hydrated && (
          <div className="dvc-visually-hidden" aria-live="polite">
            {announcement}
          </div>
        )}
      </FormField>
    );
  },
);
