export { ConfirmModal, type ConfirmModalProps } from "./confirm-modal";
export { downloadFile } from "./download-file";
