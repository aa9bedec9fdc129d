import type { RepairTexts } from "./shape";

export const EN: RepairTexts = {
  undo: {
    tooLarge: (cells, kb, budgetKb) =>
      `The undo record cannot be stored: these repairs change ${cells} cells and need about ${kb} KB, more than the ${budgetKb} KB the file keeps for undo. Repair one rule at a time, or save a copy of the file before repairing.`,
    dropped: (repairs, sheets) =>
      `To make room for the new undo record, the ${repairs} oldest repair${repairs === 1 ? "" : "s"} (sheet ${sheets}) can no longer be undone.`,
  },
  validation: {
    prompt: {
      gender: { title: "Gender", message: "Choose Nam (male) or Nữ (female) from the list." },
      ethnicity: {
        title: "Ethnic group",
        message: "Choose from the 54 ethnic groups (with their usual other names), or type the group's name.",
      },
      programme: {
        title: "Training programme",
        message: 'Choose from the list, or type the full name (for example "Thạc sĩ Quản lý giáo dục").',
      },
    },
    alert: {
      gender: { title: "Not a valid gender", message: "Enter Nam or Nữ only." },
      ethnicity: {
        title: "Ethnic group not in the list",
        message: "This name is not among the 54 ethnic groups and their other names. Please check the spelling.",
      },
      programme: {
        title: "Programme not in the list",
        message: "This programme is not among the suggestions. It is accepted when it names a kind of training.",
      },
    },
    dateTitle: {
      birthDate: "Date of birth",
      birthDateMale: "Date of birth (male)",
      birthDateFemale: "Date of birth (female)",
      trainingStart: "Start date",
      trainingEnd: "End date",
      decisionDate: "Decision date",
      rotationDate: "Rotation date",
      rotationEnd: "Rotation end",
      serviceStart: "Start of service",
    },
    datePrompt: "Enter a date as day/month/year (for example 15/08/1985), from 01/01/1900 to 31/12/2100.",
    dateAlert: {
      title: "Not a valid date",
      message: "Enter a real date from 01/01/1900 to 31/12/2100 as day/month/year, not as text.",
    },
    listHeader: { gender: "Gender", ethnicity: "Ethnic group", programme: "Training programme" },
    explanation: (sheet, lists) =>
      `The ${lists} lists are longer than 255 characters (Excel's limit for a list typed into the rule), so they are written to the hidden sheet "${sheet}" and the rules point at it. Do not delete or rename that sheet.`,
  },
};
