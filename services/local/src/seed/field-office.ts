import type { InstanceBody } from "@flow-configs/model";
import { bilingualConfig } from "./bilingual-config";

/** The shape every field office shares; each office overrides only what differs. */
export const fieldOfficeTemplate = bilingualConfig({
  id: "FieldOffice",
  description: "Template for field offices",
  variables: [
    { name: "OfficeName", type: "string", value: "Field office", description: "Name callers hear" },
    { name: "OfficeOpen", type: "boolean", value: "true", description: "Route calls to the office" },
    {
      name: "TransferNumber",
      type: "string",
      value: "+18005550100",
      description: "Where calls go when the office is closed",
    },
    {
      name: "Region",
      type: "enum",
      value: "North",
      options: ["North", "South", "East", "West"],
      description: "Reporting region",
    },
  ],
  prompts: [
    {
      name: "OfficeGreeting",
      values: {
        "en-US": { voice: "Welcome to your local field office." },
        "es-US": { voice: "Bienvenido a su oficina local." },
      },
    },
    {
      name: "OfficeHours",
      values: {
        "en-US": { voice: "We are open Monday to Friday, 8 AM to 5 PM." },
        "es-US": { voice: "Abrimos de lunes a viernes, de 8 a 17 horas." },
      },
    },
  ],
  lookupKeys: [],
});

/** An office of the template: named after its city, overriding only what differs there. */
function fieldOffice(city: string, overrides: Pick<InstanceBody, "variables" | "prompts" | "lookupKeys">): InstanceBody {
  return {
    id: `Office-${city}`,
    description: `${city} field office`,
    templateId: fieldOfficeTemplate.id,
    prompts: overrides.prompts,
    variables: [{ name: "OfficeName", value: city }, ...overrides.variables],
    lookupKeys: overrides.lookupKeys,
  };
}

export const fieldOffices: InstanceBody[] = [
  fieldOffice("Austin", {
    variables: [{ name: "Region", value: "South" }],
    prompts: [
      {
        name: "OfficeGreeting",
        values: {
          "en-US": { voice: "Welcome to the Austin field office." },
          "es-US": { voice: "Bienvenido a la oficina de Austin." },
        },
      },
    ],
    lookupKeys: ["+15125550100", "AUS"],
  }),
  fieldOffice("Boston", {
    variables: [
      { name: "Region", value: "East" },
      { name: "OfficeOpen", value: "false" },
    ],
    prompts: [],
    lookupKeys: ["+16175550100", "BOS"],
  }),
  fieldOffice("Chicago", {
    variables: [],
    prompts: [{ name: "OfficeHours", values: { "en-US": { voice: "We are open Monday to Saturday, 9 AM to 6 PM." } } }],
    lookupKeys: ["+13125550100", "CHI"],
  }),
];
