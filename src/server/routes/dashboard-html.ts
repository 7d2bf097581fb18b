/**
 * The HTML documents the server writes for the dashboard: the sign-in and sign-out pages (both work without
 * JavaScript) and the app shell the bundle fills in. None has inline script or style, so the strict CSP holds.
 * @module
 */

/** The dashboard's Content-Security-Policy: only its own files, no inline code, no framing. */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const head = (title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/dashboard/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/dashboard/assets/app.css">`;

/**
 * Said on the sign-in form to a browser whose session the gateway no longer accepts (it expired, the admin key was
 * rotated, another instance signed it out): a page open on Live went to a bare form, which told nobody why.
 */
export const SESSION_ENDED_NOTE = "Your session ended: it expired, or the gateway's admin key changed. Sign in again to go back to the page you were on.";

/**
 * The sign-in page. `problem` is shown above the form (wrong key, no key configured); `sessionEnded` says the
 * browser's session ended (see SESSION_ENDED_NOTE).
 */
export function signInPage({ problem, adminKeyConfigured, next, sessionEnded }: { problem?: string; adminKeyConfigured: boolean; next?: string; sessionEnded?: boolean }): string {
  const notice = adminKeyConfigured
    ? ""
    : `<p class="callout warn" role="alert">No admin key is set on this gateway, so nobody can sign in. Restart it with <code>SWITCHYARD_ADMIN_KEY</code> set to a long random secret, for example <code>export SWITCHYARD_ADMIN_KEY=$(openssl rand -hex 24); echo "$SWITCHYARD_ADMIN_KEY"</code>, then start the gateway again with the command you started it with (such as <code>npx switchyard serve --simulate</code>).</p>`;
  const error = problem ? `<p class="callout error" role="alert">${escapeHtml(problem)}</p>` : sessionEnded ? `<p class="callout warn" role="status">${escapeHtml(SESSION_ENDED_NOTE)}</p>` : "";
  return `${head("Sign in · Switchyard")}
</head>
<body class="sign-in">
<main class="sign-in-card">
<h1><span class="brand-mark" aria-hidden="true"></span>Switchyard</h1>
<p class="muted">Sign in to see spend, decisions and models.</p>
${notice}${error}
<form method="post" action="/dashboard/sign-in" autocomplete="off">
<label for="admin-key">Admin key</label>
<input id="admin-key" name="admin_key" type="password" required autofocus autocomplete="current-password" spellcheck="false">
<p class="hint">The value of <code>SWITCHYARD_ADMIN_KEY</code> in the gateway's environment. It is checked once and never stored in the browser.</p>
${next ? `<input type="hidden" name="next" value="${escapeHtml(next)}">
` : ""}<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
`;
}

/**
 * What `GET /dashboard/sign-out` shows a signed-in browser (a typed URL, a bookmark, a link): a button that posts the
 * sign-out. The GET itself never signs out, so another site cannot sign a user out with a link or an image.
 */
export function signOutPage(): string {
  return `${head("Sign out · Switchyard")}
</head>
<body class="sign-in">
<main class="sign-in-card">
<h1><span class="brand-mark" aria-hidden="true"></span>Switchyard</h1>
<p class="muted">Sign out of the dashboard? This ends the session on the gateway and clears its cookie.</p>
<form method="post" action="/dashboard/sign-out">
<button type="submit">Sign out</button>
<a href="/dashboard">Back to the dashboard</a>
</form>
</main>
</body>
</html>
`;
}

/**
 * The page a dashboard URL the server cannot serve gets (a link with broken percent-encoding): the dashboard's own
 * look and a way back, rather than the admin API's JSON error in a browser tab.
 */
export function dashboardErrorPage(title: string, message: string): string {
  return `${head(`${title} · Switchyard`)}
</head>
<body class="sign-in">
<main class="sign-in-card">
<h1><span class="brand-mark" aria-hidden="true"></span>Switchyard</h1>
<h2>${escapeHtml(title)}</h2>
<p class="callout error" role="alert">${escapeHtml(message)}</p>
<p><a href="/dashboard">Back to the dashboard</a></p>
</main>
</body>
</html>
`;
}

/** The app shell: the bundle renders every page into it. */
export function appShell(): string {
  return `${head("Switchyard")}
<link rel="stylesheet" href="/dashboard/assets/uplot.css">
<script type="module" src="/dashboard/assets/app.js"></script>
</head>
<body>
<div id="app"><p class="loading">Loading…</p></div>
<noscript><main class="content"><p class="callout error">The dashboard needs JavaScript, which this browser has turned off for this site. Turn it on and reload; scripts can read the same figures from the admin API (<code>/api/report</code>, <code>/api/decisions</code>, …) with the admin key.</p></main></noscript>
</body>
</html>
`;
}
