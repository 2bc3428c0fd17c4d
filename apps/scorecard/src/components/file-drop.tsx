import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Props of {@link FileDrop}. */
export interface FileDropProps {
  /** The id of the file input (tie a `<label for>` to it). */
  readonly id: string;
  readonly label: string;
  /** The text inviting a drop. */
  readonly dropText: string;
  readonly activeText: string;
  readonly accept: string;
  readonly onFile: (file: File) => void;
  readonly children?: ComponentChildren;
}

/** A labelled file input that also accepts a file dropped anywhere on it. */
export function FileDrop({
  id,
  label,
  dropText,
  activeText,
  accept,
  onFile,
  children,
}: FileDropProps) {
  const [active, setActive] = useState(false);
  // A file dropped beside the zone would make the browser leave the app to open it.
  useEffect(() => {
    const keep = (event: DragEvent) => event.preventDefault();
    addEventListener('dragover', keep);
    addEventListener('drop', keep);
    return () => {
      removeEventListener('dragover', keep);
      removeEventListener('drop', keep);
    };
  }, []);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file !== undefined) onFile(file);
  };
  return (
    <fieldset
      class={`file-drop${active ? ' is-active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setActive(true);
      }}
      onDragLeave={() => setActive(false)}
      onDrop={(event) => {
        event.preventDefault();
        setActive(false);
        take(event.dataTransfer?.files);
      }}
    >
      <label for={id} class="file-drop-label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(event) => {
          take(event.currentTarget.files);
          // Let the same file be chosen again (after fixing it, say).
          event.currentTarget.value = '';
        }}
      />
      <span class="file-drop-hint">{active ? activeText : dropText}</span>
      {children}
    </fieldset>
  );
}
