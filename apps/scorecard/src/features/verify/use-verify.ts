import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  type CertificateVerdict,
  certificateCodeFrom,
  type Issue,
  verifyCertificate,
} from '../../lib/core-adapter';
import { useSavedWork } from '../../lib/persist/saved-work';
import type { Session } from '../../lib/persist/session';
import {
  type ApplicationField,
  type ApplicationFields,
  emptyApplication,
  plainValue,
} from './application';
import type { CodeFileRead } from './code-file';
import { localDate } from './local-date';
import { fromSavedTrust, type LoadedTrust, TRUST_KEY, toSavedTrust } from './saved-trust';
import { readTrustText, type TrustProblem } from './trust-text';
import { codeInHash, verifyHash } from './verify-link';

/** Where a checked code came from. */
export type CodeSource = 'typed' | 'file' | 'scan' | 'link';

/** The code last checked, the day it was checked on, and where it came from. */
export interface Checked {
  readonly code: string;
  readonly today: string;
  readonly source: CodeSource;
  /** A file or image that held more codes than this one. */
  readonly more: boolean;
}

/** What became of the last attempt to load, replace or remove the trust list. */
export type TrustNotice =
  | { readonly kind: 'loaded' | 'replaced' | 'removed' }
  | { readonly kind: 'refused'; readonly problem: TrustProblem; readonly issues: readonly Issue[] };

/** The guaranteed-loan application (码上填) being filled in, for one certificate. */
export interface ApplicationState {
  readonly code: string;
  readonly fields: ApplicationFields;
  /** Fields the applicant has left: their problems are shown (never while typing). */
  readonly left: readonly ApplicationField[];
  /** Save or print was asked for: every problem is shown. */
  readonly submitted: boolean;
}

/** The verify page's state and actions; it lives in the app so that it outlives the page. */
export interface Verify {
  readonly trust: LoadedTrust | null;
  readonly trustNotice: TrustNotice | null;
  /** The text in the code box. */
  readonly text: string;
  readonly checked: Checked | null;
  /** The core's verdict on the checked code, with the trust list in use. */
  readonly verdict: CertificateVerdict | null;
  /** Why the last check had no code to check: an empty box, or a file without a code. */
  readonly inputProblem: Extract<CodeFileRead, { ok: false }>['problem'] | 'noCode' | null;
  readonly application: ApplicationState | null;
  setText(text: string): void;
  /** The verifier's date now (`YYYY-MM-DD`). */
  today(): string;
  /** The checked code verified again on `day` (before an application is saved or printed). */
  verifyNow(day: string): CertificateVerdict | null;
  /** Checks a code (or link) from the code box, a file or the camera. */
  check(text: string, source: CodeSource, more?: boolean): void;
  /** Takes what a file gave: its code is checked, or its problem shown. */
  fromFile(read: CodeFileRead): void;
  /** Reads a trust list's text; it replaces the one in use only when the core accepts it. */
  loadTrust(text: string, fileName: string | null): void;
  removeTrust(): void;
  /** Opens (or goes back to) the application of the checked certificate. */
  startApplication(): void;
  setField<K extends ApplicationField>(field: K, value: ApplicationFields[K]): void;
  leaveField(field: ApplicationField): void;
  submitApplication(): void;
  closeApplication(): void;
}

/**
 * The state of the verify page (核验): the office's trust list (kept in the session's store
 * across reloads), the code checked and the core's verdict, and the application being filled
 * in (kept in memory only: it holds the applicant's telephone number, and a bank's counter
 * computer is shared). A `#/verify/<code>` link checks its code when the app opens or when the
 * link is followed.
 */
export function useVerify(session: Session, today: () => string = localDate): Verify {
  const [trust, setTrust] = useState<LoadedTrust | null>(
    () => fromSavedTrust(session.saved.get(TRUST_KEY)) ?? null,
  );
  const [trustNotice, setTrustNotice] = useState<TrustNotice | null>(null);
  const [checked, setChecked] = useState<Checked | null>(() => {
    const code = codeInHash(globalThis.location?.hash ?? '');
    return code === undefined ? null : { code, today: today(), source: 'link', more: false };
  });
  const [text, setText] = useState(checked?.code ?? '');
  const [inputProblem, setInputProblem] = useState<Verify['inputProblem']>(null);
  const [application, setApplication] = useState<ApplicationState | null>(null);

  // A kept list the core no longer accepts is not kept any longer either.
  useEffect(() => {
    if (trust === null && session.saved.has(TRUST_KEY)) {
      void session.store.delete(TRUST_KEY).catch(() => {});
    }
  }, []);

  // The trust list is saved at once: it changes only when the user loads or removes it.
  useSavedWork(
    session.store,
    TRUST_KEY,
    trust,
    (t) => (t === null ? undefined : toSavedTrust(t)),
    0,
  );

  const verdict = useMemo(
    () =>
      trust === null || checked === null
        ? null
        : verifyCertificate(checked.code, trust.list, checked.today),
    [trust, checked],
  );

  const check = (typed: string, source: CodeSource, more = false) => {
    const code = certificateCodeFrom(typed);
    if (code === '') {
      setInputProblem('noCode');
      return;
    }
    setText(code);
    setInputProblem(null);
    setChecked({ code, today: today(), source, more });
    setApplication((current) => (current?.code === code ? current : null));
    // The address says what is shown: a reload shows the same certificate.
    if (source !== 'link' && location.hash.startsWith('#/verify')) {
      history.replaceState(history.state, '', verifyHash(code));
    }
  };

  useEffect(() => {
    const onHash = () => {
      const code = codeInHash(location.hash);
      if (code !== undefined) check(code, 'link');
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return {
    trust,
    trustNotice,
    text,
    checked,
    verdict,
    inputProblem,
    application,
    today,
    verifyNow: (day) =>
      trust === null || checked === null ? null : verifyCertificate(checked.code, trust.list, day),
    setText,
    check,
    fromFile: (read) => {
      if (read.ok) check(read.code, 'file', read.more);
      else setInputProblem(read.problem);
    },
    loadTrust: (body, fileName) => {
      const read = readTrustText(body);
      if (!read.ok) {
        setTrustNotice({ kind: 'refused', problem: read.problem, issues: read.issues });
        return;
      }
      setTrustNotice({ kind: trust === null ? 'loaded' : 'replaced' });
      setTrust({ list: read.list, fileName, loaded: today() });
    },
    removeTrust: () => {
      setTrust(null);
      setTrustNotice({ kind: 'removed' });
    },
    startApplication: () => {
      if (checked === null) return;
      setApplication((current) =>
        current?.code === checked.code
          ? current
          : { code: checked.code, fields: emptyApplication(), left: [], submitted: false },
      );
    },
    setField: (field, value) =>
      setApplication((current) =>
        current === null ? null : { ...current, fields: { ...current.fields, [field]: value } },
      ),
    leaveField: (field) =>
      setApplication((current) => {
        if (current === null) return null;
        const value = current.fields[field];
        const fields =
          typeof value === 'string' && value.trim() !== ''
            ? { ...current.fields, [field]: plainValue(field, value) }
            : current.fields;
        const left = current.left.includes(field) ? current.left : [...current.left, field];
        return { ...current, fields, left };
      }),
    submitApplication: () =>
      setApplication((current) => (current === null ? null : { ...current, submitted: true })),
    closeApplication: () => setApplication(null),
  };
}
