import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Described = { name: string; label: string; error?: string; hint?: string };

export function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  children,
  ...select
}: Described & { children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">) {
  const id = `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {children}
      </select>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** A labelled textarea whose hint and error are tied to it for screen readers (`id` defaults to `field-<name>`). */
export function TextAreaField({
  name,
  label,
  error,
  hint,
  id: givenId,
  ...area
}: Described & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const id = givenId ?? `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...area} />
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  error,
  hint,
  ...input
}: Omit<Described, "label"> & { label: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  const id = `field-${name}`;
  return (
    <div className="field checkbox-field">
      <div className="checkbox-row">
        <input
          id={id}
          type="checkbox"
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...input}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

type TextFieldProps = Described & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input whose hint and error are tied to it for screen readers (`id` defaults to `field-<name>`). */
export function TextField({ name, label, error, hint, id: givenId, ...input }: TextFieldProps) {
  const id = givenId ?? `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} />
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      <HintAndError id={id} error={error} />
    </div>
  );
}

/** CSV and XLSX, the two kinds of table every import takes (the server decides by the content). */
export const TABLE_FILE_TYPES = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A labelled file input (the server checks the file by its content, whatever `accept` lets through). */
export function FileField(props: Omit<TextFieldProps, "type">) {
  return <TextField type="file" {...props} />;
}
