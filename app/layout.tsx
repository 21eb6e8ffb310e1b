import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: "Claimscope",
  description: "Quantitative claims from ML-systems papers, traceable to the words that claimed them.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

/** The site's sections, in the order of the main navigation. */
const SECTIONS = [
  ["/", "Explorer"],
  ["/compare", "Compare"],
  ["/versus", "Versus"],
  ["/methodology", "Methodology"],
  ["/review", "Review"],
] as const;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Claimscope
          </Link>
          <nav aria-label="Main">
            {SECTIONS.map(([href, label]) => (
              <Link key={href} href={href}>
                {label}
              </Link>
            ))}
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
