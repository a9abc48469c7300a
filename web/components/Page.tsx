// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, type ReactNode } from 'react';

/** A page: sets the document title and moves focus to the h1 so screen readers announce the new page. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Aanwezig`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <h1 className="utrecht-heading-1" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </>
  );
}

export const Heading2 = ({ children, id }: { children: ReactNode; id?: string }) => (
  <h2 className="utrecht-heading-2" id={id}>
    {children}
  </h2>
);
export const Paragraph = ({ children, className }: { children: ReactNode; className?: string }) => (
  <p className={`utrecht-paragraph${className ? ` ${className}` : ''}`}>{children}</p>
);

/** NL DS alert; `error` is announced immediately, others politely. */
export function Alert({
  type = 'info',
  children,
}: {
  type?: 'info' | 'ok' | 'error' | 'warning';
  children: ReactNode;
}) {
  return (
    <div
      className={`utrecht-alert utrecht-alert--${type}`}
      role={type === 'error' ? 'alert' : 'status'}
    >
      <div className="utrecht-alert__message">{children}</div>
    </div>
  );
}
