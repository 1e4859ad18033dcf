import "@zorgpact/ui/tokens.css";
import "@zorgpact/ui/forms.css";
import "@zorgpact/ui/dialog.css";
import "./styles.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { router } from "./router.tsx";
import { queryClient } from "./trpc.ts";

const root = document.getElementById("root");
if (!root) throw new Error("Element #root ontbreekt in index.html");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
