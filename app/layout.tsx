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
            <Link href="/">Explorer</Link>
            <Link href="/compare">Compare</Link>
            <Link href="/versus">Versus</Link>
            <Link href="/methodology">Methodology</Link>
            <Link href="/review">Review</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
