export { ConfirmModal, type ConfirmModalProps } from "./confirm-modal";
export { downloadFile } from "./download-file";
export { NumberedLinesTable, type NumberedLine, type NumberedLinesTableProps } from "./numbered-lines-table";
