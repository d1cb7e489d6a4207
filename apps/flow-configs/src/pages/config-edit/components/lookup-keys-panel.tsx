import Badge from "@cloudscape-design/components/badge";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import Header from "@cloudscape-design/components/header";
import SpaceBetween from "@cloudscape-design/components/space-between";
import type { VersionedConfig } from "@flow-configs/api-client";
import { useState } from "react";
import type { FlashMessage } from "../../use-flash-messages";
import { LookupKeysModal } from "./lookup-keys-modal";
import { NO_LOOKUP_KEYS } from "./lookup-keys-rows";

export interface LookupKeysPanelProps {
  base: VersionedConfig;
  /** Admins change the keys; everyone else sees them. */
  canEdit: boolean;
  show: (message: FlashMessage) => void;
  onSaved: (saved: VersionedConfig) => void;
}

/** The keys a contact flow finds this office by (a dialed number, an office id), and an admin's way to change them. */
export function LookupKeysPanel({ base, canEdit, show, onSaved }: LookupKeysPanelProps) {
  const [editing, setEditing] = useState(false);
  const { lookupKeys } = base.config;
  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={`(${lookupKeys.length})`}
          description="What getConfig finds this config by when a flow passes no id: the dialed number, or lookup"
          actions={canEdit && <Button onClick={() => setEditing(true)}>Edit lookup keys</Button>}
        >
          Lookup keys
        </Header>
      }
    >
      {lookupKeys.length > 0 ? (
        <SpaceBetween direction="horizontal" size="xs">
          {lookupKeys.map((key) => (
            <Badge key={key}>{key}</Badge>
          ))}
        </SpaceBetween>
      ) : (
        <Box color="text-status-inactive">{NO_LOOKUP_KEYS}</Box>
      )}
      {editing && (
        <LookupKeysModal
          base={base}
          show={show}
          onSaved={(saved) => {
            setEditing(false);
            onSaved(saved);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </Container>
  );
}
