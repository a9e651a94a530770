import { HtmlValidate, type ConfigData } from 'html-validate';

/**
 * How exported HTML is validated in tests: html-validate's recommended preset, with one rule off.
 * - long-title: an SEO hint (titles over 70 characters). The headline is the title, and its length
 *   budgets are the pre-export check's job (configurable per desk); a long headline must still export.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
};

let validator: HtmlValidate | undefined;

/** Every html-validate error and warning in an HTML document, as `rule-id (line:column): message`. */
export async function htmlProblems(html: string): Promise<string[]> {
  validator ??= new HtmlValidate(HTML_VALIDATE_CONFIG);
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} (${message.line}:${message.column}): ${message.message}`));
}
