// Printing the page: collapsed parts are opened first, so paper shows everything the screen hides.

/** Opens every closed `<details>` and returns how to close them again. */
export function expandForPrint(root: ParentNode = document): () => void {
  const closed = [...root.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
  for (const details of closed) details.open = true;
  return () => {
    for (const details of closed) details.open = false;
  };
}
