//! The known app-state indexes: for each action name, the collection it
//! lives in, the `SyncActionData.version` to write, the `SyncActionValue`
//! field that carries it and the parts of its index after the name.
//!
//! The table follows WhatsApp Web's sync action modules (as catalogued by
//! whatsapp-rust); it drives the mutation-sending API, which must put each
//! action in the right collection with the right version.
//! Divergence: Baileys files `star` under `regular_low`; WhatsApp Web uses
//! `regular_high`, as here.

use super::state::Collection;
use super::state::Collection::{
    CriticalBlock, CriticalUnblockLow, Regular, RegularHigh, RegularLow,
};

/// One part of an index after the action name; the payload is the part's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexPart {
    /// A chat or user JID.
    Jid(&'static str),
    /// `"1"` or `"0"`.
    Flag(&'static str),
    /// A participant JID, or `"0"` for one's own message or outside groups.
    JidOrZero(&'static str),
    /// A protobuf enum number in decimal.
    EnumNumber(&'static str),
    /// Any other string (message id, label id, key, ...).
    Text(&'static str),
}

/// How one action is indexed and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexSchema {
    /// The action name: the index's first element.
    pub name: &'static str,
    /// The collection holding it.
    pub collection: Collection,
    /// The `SyncActionData.version` of new mutations.
    pub version: i32,
    /// The `SyncActionValue` field (protobuf name) carrying the value, if any.
    pub value_field: Option<&'static str>,
    /// The index parts after the name.
    pub parts: &'static [IndexPart],
}

impl IndexSchema {
    const fn new(
        name: &'static str,
        collection: Collection,
        version: i32,
        value_field: Option<&'static str>,
        parts: &'static [IndexPart],
    ) -> IndexSchema {
        IndexSchema {
            name,
            collection,
            version,
            value_field,
            parts,
        }
    }

    /// Number of elements of an index of this action (name included).
    pub const fn arity(&self) -> usize {
        self.parts.len() + 1
    }

    /// Whether `index` has this action's name and arity.
    pub fn fits<S: AsRef<str>>(&self, index: &[S]) -> bool {
        index.len() == self.arity() && index.first().is_some_and(|name| name.as_ref() == self.name)
    }
}

/// The schema of an action name (the index's first element).
pub fn lookup(name: &str) -> Option<&'static IndexSchema> {
    SCHEMAS.iter().find(|schema| schema.name == name)
}

/// The schema for an index, when its name is known.
pub fn for_index<S: AsRef<str>>(index: &[S]) -> Option<&'static IndexSchema> {
    index.first().and_then(|name| lookup(name.as_ref()))
}

use IndexPart::{EnumNumber, Flag, Jid, JidOrZero, Text};

/// Every known action, sorted by name.
pub const SCHEMAS: &[IndexSchema] = &[
    IndexSchema::new(
        "agentChatAssignment",
        Regular,
        7,
        Some("chatAssignment"),
        &[Jid("chatJid")],
    ),
    IndexSchema::new(
        "agentChatAssignmentOpenedStatus",
        Regular,
        7,
        Some("chatAssignmentOpenedStatus"),
        &[Jid("chatJid"), Text("agentId")],
    ),
    IndexSchema::new(
        "ai_thread_delete",
        RegularHigh,
        7,
        None,
        &[Jid("chatJid"), Text("id")],
    ),
    IndexSchema::new(
        "ai_thread_rename",
        RegularLow,
        7,
        Some("aiThreadRenameAction"),
        &[Jid("chatJid"), Text("id")],
    ),
    IndexSchema::new(
        "android_unsupported_actions",
        RegularLow,
        4,
        Some("androidUnsupportedActions"),
        &[],
    ),
    IndexSchema::new(
        "archive",
        RegularLow,
        3,
        Some("archiveChatAction"),
        &[Jid("chatJid")],
    ),
    IndexSchema::new("avatar_updated_action", Regular, 7, None, &[]),
    IndexSchema::new(
        "biz_ai_settings_nudge",
        RegularHigh,
        1,
        Some("bizAiSettingsNudgeAction"),
        &[],
    ),
    IndexSchema::new(
        "bot_welcome_request",
        RegularLow,
        2,
        Some("botWelcomeRequestAction"),
        &[Jid("chatJid")],
    ),
    IndexSchema::new(
        "business_broadcast_campaign",
        Regular,
        1,
        Some("businessBroadcastCampaignAction"),
        &[Text("campaign")],
    ),
    IndexSchema::new(
        "business_broadcast_insights_sync",
        Regular,
        1,
        Some("businessBroadcastInsightsAction"),
        &[Text("campaignId")],
    ),
    IndexSchema::new(
        "business_broadcast_list",
        Regular,
        1,
        Some("businessBroadcastListAction"),
        &[Text("id")],
    ),
    IndexSchema::new("call_log", Regular, 1, Some("callLogAction"), &[]),
    IndexSchema::new(
        "clearChat",
        RegularHigh,
        6,
        Some("clearChatAction"),
        &[Jid("chatJid"), Text("deleteStarred"), Text("deleteMedia")],
    ),
    IndexSchema::new(
        "contact",
        CriticalUnblockLow,
        2,
        Some("contactAction"),
        &[Text("id")],
    ),
    IndexSchema::new(
        "ctwaPerCustomerDataSharing",
        RegularHigh,
        1,
        Some("ctwaPerCustomerDataSharingAction"),
        &[Text("accountLid")],
    ),
    IndexSchema::new(
        "custom_payment_methods",
        RegularLow,
        7,
        Some("customPaymentMethodsAction"),
        &[],
    ),
    IndexSchema::new(
        "customer_data",
        RegularLow,
        1,
        Some("customerDataAction"),
        &[Text("chatJid")],
    ),
    IndexSchema::new(
        "deleteChat",
        RegularHigh,
        6,
        Some("deleteChatAction"),
        &[Jid("chatJid"), Text("deleteMedia")],
    ),
    IndexSchema::new(
        "deleteMessageForMe",
        RegularHigh,
        3,
        Some("deleteMessageForMeAction"),
        &[
            Jid("remote"),
            Text("id"),
            Flag("fromMe"),
            JidOrZero("participant"),
        ],
    ),
    IndexSchema::new(
        "detected_outcomes_status_action",
        Regular,
        1,
        Some("detectedOutcomesStatusAction"),
        &[],
    ),
    IndexSchema::new(
        "deviceAgent",
        Regular,
        7,
        Some("agentAction"),
        &[Text("agentId")],
    ),
    IndexSchema::new(
        "external_web_beta",
        Regular,
        3,
        Some("externalWebBetaAction"),
        &[],
    ),
    IndexSchema::new("favorites", RegularHigh, 1, Some("favoritesAction"), &[]),
    IndexSchema::new(
        "favoriteSticker",
        RegularLow,
        7,
        Some("stickerAction"),
        &[Text("filehash")],
    ),
    IndexSchema::new(
        "interactive_message_action",
        RegularLow,
        1,
        Some("interactiveMessageAction"),
        &[
            Jid("remote"),
            Text("id"),
            Flag("fromMe"),
            JidOrZero("participant"),
            Text("arg5"),
        ],
    ),
    IndexSchema::new(
        "label_edit",
        Regular,
        3,
        Some("labelEditAction"),
        &[Text("labelId")],
    ),
    IndexSchema::new(
        "label_jid",
        Regular,
        3,
        Some("labelAssociationAction"),
        &[Text("labelId"), Jid("chatJid")],
    ),
    IndexSchema::new(
        "label_reordering",
        Regular,
        3,
        Some("labelReorderingAction"),
        &[],
    ),
    IndexSchema::new(
        "label_sublist",
        Regular,
        1,
        Some("labelSublistAction"),
        &[Text("predefinedId"), Jid("chatJid")],
    ),
    IndexSchema::new(
        "lid_contact",
        CriticalUnblockLow,
        1,
        Some("lidContactAction"),
        &[Text("id")],
    ),
    IndexSchema::new(
        "lock",
        RegularLow,
        7,
        Some("lockChatAction"),
        &[Jid("chatJid")],
    ),
    IndexSchema::new(
        "markChatAsRead",
        RegularLow,
        3,
        Some("markChatAsReadAction"),
        &[Jid("chatJid")],
    ),
    IndexSchema::new(
        "marketingMessage",
        Regular,
        7,
        Some("marketingMessageAction"),
        &[Text("id")],
    ),
    IndexSchema::new(
        "marketingMessageBroadcast",
        Regular,
        7,
        None,
        &[Text("premiumMessageId"), Text("messageId")],
    ),
    IndexSchema::new("merchant_payment_partner", RegularLow, 7, None, &[]),
    IndexSchema::new(
        "mute",
        RegularHigh,
        2,
        Some("muteAction"),
        &[Jid("chatJid")],
    ),
    IndexSchema::new(
        "nct_salt_sync",
        RegularHigh,
        1,
        Some("nctSaltSyncAction"),
        &[],
    ),
    IndexSchema::new(
        "note_edit",
        RegularLow,
        7,
        Some("noteEditAction"),
        &[Text("id")],
    ),
    IndexSchema::new("nux", RegularLow, 7, Some("nuxAction"), &[Text("nuxKey")]),
    IndexSchema::new(
        "out_contact",
        RegularLow,
        1,
        Some("outContactAction"),
        &[Text("id")],
    ),
    IndexSchema::new(
        "payment_info",
        RegularLow,
        7,
        Some("paymentInfoAction"),
        &[],
    ),
    IndexSchema::new("payment_tos", RegularLow, 7, Some("paymentTosAction"), &[]),
    IndexSchema::new(
        "pin_v1",
        RegularLow,
        5,
        Some("pinAction"),
        &[Jid("chatJid")],
    ),
    IndexSchema::new(
        "pnForLidChat",
        Regular,
        8,
        Some("pnForLidChatAction"),
        &[Text("lid")],
    ),
    IndexSchema::new("primary_feature", Regular, 7, Some("primaryFeature"), &[]),
    IndexSchema::new(
        "primary_version",
        RegularLow,
        7,
        Some("primaryVersionAction"),
        &[Text("key1")],
    ),
    IndexSchema::new(
        "quick_reply",
        Regular,
        2,
        Some("quickReplyAction"),
        &[Text("id")],
    ),
    IndexSchema::new(
        "removeRecentSticker",
        RegularLow,
        7,
        Some("removeRecentStickerAction"),
        &[Text("filehash")],
    ),
    IndexSchema::new("sentinel", RegularLow, 3, Some("keyExpiration"), &[]),
    IndexSchema::new(
        "setting_chatLock",
        RegularLow,
        7,
        Some("chatLockSettings"),
        &[],
    ),
    IndexSchema::new(
        "setting_disableLinkPreviews",
        Regular,
        8,
        Some("privacySettingDisableLinkPreviewsAction"),
        &[],
    ),
    IndexSchema::new(
        "setting_locale",
        CriticalBlock,
        3,
        Some("localeSetting"),
        &[],
    ),
    IndexSchema::new(
        "setting_pushName",
        CriticalBlock,
        1,
        Some("pushNameSetting"),
        &[],
    ),
    IndexSchema::new(
        "setting_relayAllCalls",
        Regular,
        1,
        Some("privacySettingRelayAllCalls"),
        &[],
    ),
    IndexSchema::new(
        "setting_unarchiveChats",
        RegularLow,
        4,
        Some("unarchiveChatsSetting"),
        &[],
    ),
    IndexSchema::new(
        "settings_sync",
        RegularLow,
        1,
        Some("settingsSyncAction"),
        &[
            EnumNumber("settingPlatform"),
            EnumNumber("settingKey"),
            Jid("chatJid"),
        ],
    ),
    IndexSchema::new("shareOwnPn", Regular, 8, None, &[Text("lid")]),
    IndexSchema::new(
        "star",
        RegularHigh,
        2,
        Some("starAction"),
        &[
            Jid("remote"),
            Text("id"),
            Flag("fromMe"),
            JidOrZero("participant"),
        ],
    ),
    IndexSchema::new("status_privacy", RegularHigh, 7, Some("statusPrivacy"), &[]),
    IndexSchema::new(
        "subscriptions_sync_v2",
        Regular,
        1,
        Some("subscriptionsSyncV2Action"),
        &[],
    ),
    IndexSchema::new(
        "thread_pin",
        RegularLow,
        7,
        Some("threadPinAction"),
        &[Jid("chatJid"), Text("id")],
    ),
    IndexSchema::new("time_format", RegularLow, 7, Some("timeFormatAction"), &[]),
    IndexSchema::new(
        "userStatusMute",
        RegularHigh,
        7,
        Some("userStatusMuteAction"),
        &[Text("id")],
    ),
    IndexSchema::new(
        "waffle_account_link_state",
        RegularHigh,
        1,
        Some("waffleAccountLinkStateAction"),
        &[],
    ),
    IndexSchema::new(
        "wasa_root_secret",
        RegularHigh,
        1,
        Some("wasaRootSecretAction"),
        &[Jid("chatJid")],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_entries() {
        let expect = |name: &str, collection: Collection, version: i32, arity: usize| {
            let schema = lookup(name).unwrap();
            assert_eq!(
                (schema.collection, schema.version, schema.arity()),
                (collection, version, arity),
                "{name}"
            );
        };
        expect("mute", RegularHigh, 2, 2);
        expect("pin_v1", RegularLow, 5, 2);
        expect("archive", RegularLow, 3, 2);
        expect("markChatAsRead", RegularLow, 3, 2);
        expect("star", RegularHigh, 2, 5);
        expect("deleteChat", RegularHigh, 6, 3);
        expect("clearChat", RegularHigh, 6, 4);
        expect("deleteMessageForMe", RegularHigh, 3, 5);
        expect("contact", CriticalUnblockLow, 2, 2);
        expect("lid_contact", CriticalUnblockLow, 1, 2);
        expect("setting_pushName", CriticalBlock, 1, 1);
        expect("setting_locale", CriticalBlock, 3, 1);
        expect("label_edit", Regular, 3, 2);
        expect("label_jid", Regular, 3, 3);
        assert!(lookup("nonexistent").is_none());
        assert!(
            for_index(&["mute", "1@s.whatsapp.net"])
                .unwrap()
                .fits(&["mute", "1@s.whatsapp.net"])
        );
        assert!(!lookup("mute").unwrap().fits(&["mute"]));
    }

    #[test]
    fn names_sorted_unique_and_value_fields_exist() {
        use prost_reflect::DescriptorPool;
        let pool = DescriptorPool::decode(crate::proto::FILE_DESCRIPTOR_SET).unwrap();
        let value = pool.get_message_by_name("proto.SyncActionValue").unwrap();
        assert_eq!(SCHEMAS.len(), 66);
        for pair in SCHEMAS.windows(2) {
            assert!(
                pair[0].name.to_lowercase() < pair[1].name.to_lowercase(),
                "{} / {}",
                pair[0].name,
                pair[1].name
            );
        }
        for schema in SCHEMAS {
            if let Some(field) = schema.value_field {
                assert!(
                    value.get_field_by_name(field).is_some(),
                    "SyncActionValue has no field {field}"
                );
            }
        }
    }
}
