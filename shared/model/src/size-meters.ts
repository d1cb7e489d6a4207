import { previewConfig } from "./resolve";
import type { Channel, FlowConfig } from "./schemas";

export interface LargestResponse {
  bytes: number;
  lang: string;
  channel: Channel;
}

/** The largest getConfig response over every language of the config × the VOICE and CHAT channels. */
export function maxResponseSize(config: FlowConfig): LargestResponse {
  let largest: LargestResponse = { bytes: 0, lang: config.defaultLanguage, channel: "VOICE" };
  for (const lang of config.languages) {
    for (const channel of ["VOICE", "CHAT"] as const) {
      const { bytes } = previewConfig(config, { lang, channel });
      if (bytes > largest.bytes) largest = { bytes, lang, channel };
    }
  }
  return largest;
}
