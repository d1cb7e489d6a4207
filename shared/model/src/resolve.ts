import { responseSize } from "./response-size";
import { isSsml, stripSsml } from "./ssml";
import type { Channel, FlowConfig, Preview, Prompt, PromptText } from "./schemas";

export interface ResolveOptions {
  /** The language the contact wants (ContactData.LanguageCode or the `lang` parameter). */
  lang?: string;
  /** ContactData.Channel: VOICE, CHAT, TASK, EMAIL. */
  channel?: Channel;
}

export interface ResolvedPrompt {
  text: string;
  /** The language whose text was served, or null when no language in the fallback chain had one. */
  servedLanguage: string | null;
}

const primaryLanguage = (locale: string): string => locale.split("-")[0]?.toLowerCase() ?? locale;

/**
 * The languages tried for a prompt, in order: the exact locale, the config's other locales of the same
 * language (es-MX → es-US), then the default language.
 */
export function languageFallbacks(config: Pick<FlowConfig, "languages" | "defaultLanguage">, lang: string | undefined): string[] {
  const chain: string[] = [];
  const add = (locale: string) => {
    if (!chain.includes(locale)) chain.push(locale);
  };
  if (lang) {
    const exact = config.languages.find((locale) => locale.toLowerCase() === lang.toLowerCase());
    add(exact ?? lang);
    const sameLanguage = config.languages.filter((locale) => primaryLanguage(locale) === primaryLanguage(lang));
    sameLanguage.forEach(add);
  }
  add(config.defaultLanguage);
  return chain;
}

/** One language's text for a channel: the chat variant on CHAT when it exists, else the voice text (plain on CHAT). */
function textForChannel(texts: PromptText | undefined, channel: Channel): string {
  if (!texts) return "";
  if (channel === "CHAT") {
    if (texts.chat) return texts.chat;
    const voice = texts.voice ?? "";
    return isSsml(voice) ? stripSsml(voice) : voice;
  }
  return texts.voice ?? "";
}

export function resolvePrompt(prompt: Prompt, chain: readonly string[], channel: Channel): ResolvedPrompt {
  for (const language of chain) {
    const text = textForChannel(prompt.values[language], channel);
    if (text !== "") return { text, servedLanguage: language };
  }
  return { text: "", servedLanguage: null };
}

/**
 * What getConfig returns to a contact flow: one flat map of every variable's value and every prompt's text
 * in the best language for the contact (read in the flow as `$.External.<Name>`).
 */
export function resolveConfig(config: FlowConfig, options: ResolveOptions = {}): Record<string, string> {
  return previewConfig(config, options).values;
}

/** The getConfig response for a language and channel, with its byte size and the prompts that fell back. */
export function previewConfig(config: FlowConfig, options: ResolveOptions = {}): Preview {
  const channel = options.channel ?? "VOICE";
  const chain = languageFallbacks(config, options.lang);
  const requested = chain[0] ?? config.defaultLanguage;
  // No prototype: `__proto__`, `constructor` and `toString` are valid entry names and must be served as such
  const values = Object.create(null) as Record<string, string>;
  const fallbacks: Preview["fallbacks"] = [];
  for (const variable of config.variables) values[variable.name] = variable.value;
  for (const prompt of config.prompts) {
    const resolved = resolvePrompt(prompt, chain, channel);
    values[prompt.name] = resolved.text;
    if (resolved.servedLanguage !== requested) {
      fallbacks.push({ prompt: prompt.name, requested, served: resolved.servedLanguage });
    }
  }
  return { lang: requested, channel, values, bytes: responseSize(values), fallbacks };
}
