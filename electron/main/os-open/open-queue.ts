/**
 * Files the OS asks us to open arrive before the window exists (argv, macOS open-file during launch)
 * and later (second instance, open-file). They wait in line until `drain` attaches the opener;
 * from then on each goes straight to it.
 */
export function createOpenQueue(initial: readonly string[] = []) {
  const pending = [...initial];
  let open: ((file: string) => void) | null = null;
  return {
    request(file: string): void {
      if (open) open(file);
      else pending.push(file);
    },
    /** Returns the files asked for so far (in order) and hands every later one to `opener`. */
    drain(opener: (file: string) => void): string[] {
      open = opener;
      return pending.splice(0);
    },
  };
}
