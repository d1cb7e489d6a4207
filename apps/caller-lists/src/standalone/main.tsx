import { mountStandalone } from "@flow-configs/ui/standalone";
import CallerListsModule from "../expose/Module";

mountStandalone({ title: "Caller Lists", basePath: "/caller-lists", subject: "caller lists", module: CallerListsModule });
