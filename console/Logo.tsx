/** The product mark: a speech bubble on the accent colour. Decorative; the name is beside it. */
export function Logo() {
  return (
    <span class="logo" aria-hidden="true">
      <svg viewBox="0 0 24 24">
        <path d="M5 5h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-7l-4 3v-3H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z" />
        <path d="M8 10h8M8 13h5" />
      </svg>
    </span>
  );
}
