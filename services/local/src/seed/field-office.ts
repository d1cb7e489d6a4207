import type { FlowConfigBody, InstanceBody } from "@flow-configs/model";

/** The shape every field office shares; each office overrides only what differs. */
export const fieldOfficeTemplate: FlowConfigBody = {
  id: "FieldOffice",
  kind: "standard",
  description: "Template for field offices",
  languages: ["en-US", "es-US"],
  defaultLanguage: "en-US",
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
  templateId: null,
};

export const fieldOffices: InstanceBody[] = [
  {
    id: "Office-Austin",
    description: "Austin field office",
    templateId: "FieldOffice",
    variables: [
      { name: "OfficeName", value: "Austin" },
      { name: "Region", value: "South" },
    ],
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
  },
  {
    id: "Office-Boston",
    description: "Boston field office",
    templateId: "FieldOffice",
    variables: [
      { name: "OfficeName", value: "Boston" },
      { name: "Region", value: "East" },
      { name: "OfficeOpen", value: "false" },
    ],
    prompts: [],
    lookupKeys: ["+16175550100", "BOS"],
  },
  {
    id: "Office-Chicago",
    description: "Chicago field office",
    templateId: "FieldOffice",
    variables: [{ name: "OfficeName", value: "Chicago" }],
    prompts: [
      {
        name: "OfficeHours",
        values: { "en-US": { voice: "We are open Monday to Saturday, 9 AM to 6 PM." } },
      },
    ],
    lookupKeys: ["+13125550100", "CHI"],
  },
];
