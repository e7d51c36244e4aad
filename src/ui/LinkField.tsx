import { useEffect, useRef } from 'react';

/**
 * A read-only field holding a link, focused and selected when it appears: where the clipboard
 * refuses, the reader copies by hand.
 */
export function LinkField(props: {
  readonly url: string;
  readonly label: string;
  readonly className: string;
}) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [props.url]);
  return (
    <label className={props.className}>
      {props.label}
      <input
        ref={field}
        type="text"
        readOnly
        value={props.url}
        onFocus={(e) => e.target.select()}
      />
    </label>
  );
}
