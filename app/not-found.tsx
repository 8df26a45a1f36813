import "./globals.css";

/** For paths outside any locale; localized 404s are app/[locale]/not-found.tsx. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main className="container">
          <h1>Page not found</h1>
          <p>
            <a href="/">Go to the list of dialogues</a>
          </p>
        </main>
      </body>
    </html>
  );
}
