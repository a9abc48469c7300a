// SPDX-License-Identifier: EUPL-1.2
/** The wiring a house-style form repeats: values, field errors, the error summary, submit state. */
import { useRef, useState, type FormEvent } from 'react';

export type FieldError = { id: string; message: string };
export type FormOutcome = { ok: boolean; text: string };

/** The Dutch text to show for a failed send: the thrown message, or a general one. */
export const failureText = (e: unknown): string =>
  e instanceof Error && e.message ? e.message : 'Vastleggen is mislukt.';

/**
 * Form state for a form with an error summary. `onSubmit(validate, send)` makes the submit handler:
 * it checks the fields (focusing the summary when something is wrong), then sends once at a time and
 * shows the message `send` resolves to, or the error it throws. `messages` goes to `<FormMessages>`.
 */
export function useForm<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [outcome, setOutcome] = useState<FormOutcome>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const set = (key: keyof T) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const errorOf = (id: string) => errors.find((e) => e.id === id)?.message;
  const check = (found: FieldError[]) => {
    setErrors(found);
    if (found.length) setTimeout(() => summary.current?.focus());
    return found.length === 0;
  };
  const onSubmit =
    (validate: () => FieldError[], send: () => Promise<string>) => async (event: FormEvent) => {
      event.preventDefault();
      if (busy || !check(validate())) return;
      setBusy(true);
      try {
        setOutcome({ ok: true, text: await send() });
      } catch (e) {
        setOutcome({ ok: false, text: failureText(e) });
      } finally {
        setBusy(false);
      }
    };
  const messages = { errors, summary, outcome };
  return { values, setValues, set, errorOf, check, busy, onSubmit, messages };
}
