import type { Persona } from "@flow-configs/local-aws";
import { EVERY_CONFIG } from "@flow-configs/service/authz/scope-claim";

export interface SignInPageInput {
  personas: readonly Persona[];
  redirectUri: string;
  state: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The persona picker: one big button per persona; plain HTML that works with a keyboard, a screen reader and at 390 px. */
export function renderSignInPage({ personas, redirectUri, state }: SignInPageInput): string {
  const buttons = personas
    .map((persona) => {
      // A user in no group sees no config at all: one line says so, without a scope that would not apply.
      const scope = !persona.scope || persona.scope === EVERY_CONFIG ? "every config" : `only ${persona.scope}`;
      const details =
        persona.groups.length > 0
          ? `<span class="role">${escapeHtml(persona.role)} · ${escapeHtml(persona.groups.join(", "))}</span>
  <span class="scope">Scope: ${escapeHtml(scope)}</span>`
          : `<span class="role">In no group: signs in, but may open no module</span>`;
      return `<li><button type="submit" name="username" value="${escapeHtml(persona.username)}">
  <span class="name">${escapeHtml(persona.name)}</span>
  ${details}
</button></li>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in — Flow Configs (local)</title>
<link rel="icon" href="data:,">
<style>
  body { font-family: system-ui, sans-serif; margin: 0; padding: 1rem; background: #f4f4f4; color: #16191f; }
  main { max-width: 32rem; margin: 0 auto; }
  h1 { font-size: 1.5rem; }
  ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
  button { width: 100%; min-height: 4rem; padding: 0.75rem 1rem; text-align: left; font: inherit; cursor: pointer;
    background: #fff; border: 2px solid #0972d3; border-radius: 0.5rem; display: grid; gap: 0.25rem; }
  button:hover { background: #f0f8ff; }
  button:focus-visible { outline: 3px solid #0972d3; outline-offset: 2px; }
  .name { font-weight: 700; font-size: 1.1rem; }
  .role, .scope { color: #414d5c; }
</style>
</head>
<body>
<main>
<h1>Sign in to Flow Configs</h1>
<p>Local identity provider: choose who you are. No password — this runs only on your machine.</p>
<form method="post" action="/local/sign-in">
<input type="hidden" name="redirect_uri" value="${escapeHtml(redirectUri)}">
<input type="hidden" name="state" value="${escapeHtml(state)}">
<ul aria-label="Personas">
${buttons}
</ul>
</form>
</main>
</body>
</html>`;
}
