/** “ferry.html in out” for /home/amina/out/ferry.html: enough to recognise the file without a path across the window. */
export function shortPlace(file: string): string {
  const parts = file.split(/[\\/]/).filter(Boolean);
  const name = parts.at(-1) ?? file;
  const folder = parts.at(-2);
  return folder ? `${name} in ${folder}` : name;
}
