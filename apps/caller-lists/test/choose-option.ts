import { fireEvent, screen, within } from "@testing-library/react";

/** Picks an option of a Cloudscape Select inside `container`; the Select opens on mouse down as in a browser. */
export async function chooseOption(container: HTMLElement, select: RegExp, option: string): Promise<void> {
  fireEvent.mouseDown(within(container).getByRole("button", { name: select }));
  const choice = await screen.findByRole("option", { name: option });
  fireEvent.mouseUp(choice);
  fireEvent.click(choice);
}
