import createWrapper from "@cloudscape-design/components/test-utils/dom";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfirmModal } from "../src/confirm-modal";

afterEach(() => cleanup());

function renderModal(props: Partial<Parameters<typeof ConfirmModal>[0]> = {}) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <ConfirmModal header="Delete BasicQueue?" confirmText="Delete" onConfirm={onConfirm} onCancel={onCancel} {...props}>
      Contact flows take their Error branch.
    </ConfirmModal>,
  );
  return { onConfirm, onCancel };
}

describe("ConfirmModal", () => {
  it("asks before the one action: its header, what happens, Cancel and the action", () => {
    const { onConfirm, onCancel } = renderModal();
    expect(screen.getByRole("dialog")).toBeTruthy();
    expect(screen.getByText("Delete BasicQueue?")).toBeTruthy();
    expect(screen.getByText("Contact flows take their Error branch.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it("keeps the action off until the form inside allows it", () => {
    const { onConfirm } = renderModal({ canConfirm: false });
    const action = screen.getByRole("button", { name: "Delete" });
    expect(action.getAttribute("disabled")).not.toBeNull();
    fireEvent.click(action);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("is open while it is rendered, and closed while mounted with visible false", () => {
    renderModal();
    expect(createWrapper(document.body).findModal()?.isVisible()).toBe(true);
    cleanup();
    renderModal({ visible: false });
    expect(createWrapper(document.body).findModal()?.isVisible()).toBe(false);
  });
});
