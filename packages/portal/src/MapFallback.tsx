import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * A lazy part of a page (a map) that failed to load or crashed: the fallback takes its
 * place and the rest of the page goes on. Shared by every section that embeds a map.
 */
export class Fallback extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('[portal] part of the page could not load', error, info.componentStack);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
