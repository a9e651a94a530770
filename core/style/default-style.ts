import defaultStyleFile from './data/default-style.json' with { type: 'json' };
import defaultGlossary from './data/glossary.json' with { type: 'json' };
import { parseHouseStyle, type HouseStyle } from './style-file';

let defaultStyle: HouseStyle | undefined;

/** The generic news style Copydesk ships (core/style/data): its rules and spellings with the shipped glossary of common acronyms. */
export function defaultHouseStyle(): HouseStyle {
  defaultStyle ??= parseHouseStyle({ ...defaultStyleFile, glossary: defaultGlossary }, 'core/style/data/default-style.json');
  return defaultStyle;
}
