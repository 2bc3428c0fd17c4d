/** Props of {@link FileButton}. */
export interface FileButtonProps {
  readonly id: string;
  readonly label: string;
  readonly accept: string;
  readonly onFile: (file: File) => void;
}

/** A file input styled as a button: the label is the visible, clickable part. */
export function FileButton({ id, label, accept, onFile }: FileButtonProps) {
  return (
    <span class="file-button">
      <input
        id={id}
        class="visually-hidden-input"
        type="file"
        accept={accept}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file !== undefined) onFile(file);
          event.currentTarget.value = '';
        }}
      />
      <label for={id} class="button">
        {label}
      </label>
    </span>
  );
}
