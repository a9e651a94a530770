import { readFileSync } from 'node:fs';
import { defaultHouseStyle, parseHouseStyleText, type HouseStyle } from '../core/style';

/** The style `copydesk check` uses: the file named by --style (validated; errors name the file and the field), else the shipped default. */
export function loadHouseStyle(file: string | undefined): HouseStyle {
  if (file === undefined) return defaultHouseStyle();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${file}: the house style file cannot be read (${code ?? String(error)}).`, { cause: error });
  }
  return parseHouseStyleText(text, file);
}
