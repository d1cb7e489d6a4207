import type { Page } from "@playwright/test";
import { PERSONAS, type Persona } from "../fixtures/personas";

/** The local identity provider's persona picker (services/local). */
export class LocalSignInPage {
  constructor(private readonly page: Page) {}

  async choose(persona: Persona): Promise<void> {
    await this.page.getByRole("button", { name: new RegExp(`^${PERSONAS[persona].name}`) }).click();
  }
}
