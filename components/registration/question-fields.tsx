import type { ReactNode } from "react";
import { describedBy, HintAndError, SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { answerField } from "@/lib/questions/answers-schema";
import type { FormQuestion } from "@/lib/questions/form-questions";
import type { CountryGroups } from "@/lib/registration/countries";

/** What the form gives each field: react-hook-form's registration, the value to re-fill, the error in words. */
type FieldProps = { name: string; error?: string; defaultValue?: string } & Record<string, unknown>;

type Props = {
  legend: string;
  questions: FormQuestion[];
  countries: CountryGroups;
  field: (name: string) => FieldProps;
  /** Re-filled boxes of a multiple-choice question after a post without JavaScript. */
  chosen: (name: string) => string[];
  texts: { choose: string; yes: string; no: string; countryGroups: Record<keyof CountryGroups, string> };
};

/** The dialogue's own questions on the registration form, each as its kind asks. */
export function QuestionFields({ legend, questions, countries, field, chosen, texts }: Props) {
  if (questions.length === 0) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {questions.map((question) => (
        <QuestionField key={question.id} question={question} countries={countries} field={field} chosen={chosen} texts={texts} />
      ))}
    </fieldset>
  );
}

function QuestionField({ question, countries, field, chosen, texts }: Omit<Props, "legend" | "questions"> & { question: FormQuestion }) {
  const name = answerField(question.id);
  const props = { ...field(name), label: question.label, required: question.required };
  // Radio buttons and boxes take react-hook-form's registration only (their value is their own).
  const { error: _error, defaultValue: _value, ...registered } = field(name);
  switch (question.kind) {
    case "short_text":
      return <TextField type="text" {...props} />;
    case "date":
      return <TextField type="date" {...props} />;
    case "long_text":
      return <TextAreaField rows={3} {...props} />;
    case "country":
      return (
        <SelectField {...props}>
          <option value="">{texts.choose}</option>
          {(["eu", "celac", "other"] as const).map((group) => (
            <optgroup key={group} label={texts.countryGroups[group]}>
              {countries[group].map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      );
    case "single_choice":
      return (
        <SelectField {...props}>
          <option value="">{texts.choose}</option>
          {question.options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </SelectField>
      );
    case "yes_no":
      return (
        <ChoiceGroup name={name} label={question.label} error={props.error}>
          {(["yes", "no"] as const).map((value) => (
            <div key={value} className="checkbox-row">
              <input
                type="radio"
                id={`${name}-${value}`}
                {...registered}
                required={question.required}
                value={value}
                defaultChecked={props.defaultValue === value}
              />
              <label htmlFor={`${name}-${value}`}>{texts[value]}</label>
            </div>
          ))}
        </ChoiceGroup>
      );
    case "multiple_choice":
      return (
        <ChoiceGroup name={name} label={question.label} error={props.error}>
          {question.options.map((o) => (
            <div key={o.key} className="checkbox-row">
              <input type="checkbox" id={`${name}-${o.key}`} {...registered} value={o.key} defaultChecked={chosen(name).includes(o.key)} />
              <label htmlFor={`${name}-${o.key}`}>{o.label}</label>
            </div>
          ))}
        </ChoiceGroup>
      );
  }
}

/** Radio buttons or boxes of one question, grouped under its label, with the group's error. */
function ChoiceGroup({ name, label, error, children }: { name: string; label: string; error?: string; children: ReactNode }) {
  const id = `field-${name}`;
  return (
    <fieldset id={id} className="field" aria-describedby={describedBy(id, undefined, error)}>
      <legend>{label}</legend>
      {children}
      <HintAndError id={id} error={error} />
    </fieldset>
  );
}
