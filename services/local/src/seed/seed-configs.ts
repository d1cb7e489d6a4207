import type { ConfigInput } from "@flow-configs/model";
import { badActors } from "./bad-actors";
import { basicQueue } from "./basic-queue";
import { fieldOffices, fieldOfficeTemplate } from "./field-office";

/** What a first `npm start` writes, in an order that creates every template before its instances. */
export const SEED_CONFIGS: readonly ConfigInput[] = [basicQueue, fieldOfficeTemplate, ...fieldOffices, badActors];
