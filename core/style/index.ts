// The house-style checks' public API (docs/house-style.md).
export { articleStyleTexts, blockStyleTexts, fieldStyleTexts, type FieldStyleTexts } from './article-texts';
export { checkArticleStyle, createStyleChecker, type StyleCheckOptions, type StyleChecker, type StyleCheckWork, type StyleReport } from './check-style';
export { defaultHouseStyle } from './default-style';
export * from './style-file';
export * from './style-issue';
