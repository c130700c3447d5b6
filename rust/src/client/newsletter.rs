//! Newsletters (channels): live counters, history, follow/unfollow/mute and
//! metadata. Newsletter messages are not end-to-end encrypted: they travel
//! as `<plaintext>` protobuf.
//!
//! * Live updates: `<iq xmlns="newsletter" type="set" to=NL><live_updates/>`
//!   answered with `<live_updates duration="300"/>`; the subscription lasts
//!   that long, so [`Client::subscribe_live_updates`] renews it before it
//!   expires until [`Client::cancel_live_updates`]. Counters arrive as
//!   [`NewsletterLiveUpdate`](crate::events::NewsletterLiveUpdate) events.
//! * History: `<messages type="jid" jid count [before]>` to the server and
//!   `<message_updates count [since] [after]>` to the newsletter.
//! * Follow, unfollow, mute and metadata go through MEX (GraphQL over IQ:
//!   `<iq xmlns="w:mex"><query query_id>{"variables":…}</query>`).
//! * Creating a newsletter (`{"newsletter_input": {name, description,
//!   picture}}`, the picture as standard base64,
//!   answered with `xwa2_newsletter_create`) and changing the name or
//!   description of one we own (`{"newsletter_id", "updates": {…}}`,
//!   answered with `xwa2_newsletter_update`) go through MEX too.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use prost::Message as _;

use super::error::IqError;
use super::lifecycle::Client;
use super::notifications::{NotificationError, required_child};
use crate::binary::{Jid, Node, NodeRef, OwnedNodeRef};
use crate::events::{NewsletterReaction, Timestamp};
use crate::proto::wa;

/// MEX document id: fetch a newsletter's metadata.
pub const QUERY_FETCH_NEWSLETTER: &str = "6563316087068696";
/// MEX document id: follow a newsletter.
pub const MUTATION_FOLLOW: &str = "9926858900719341";
/// MEX document id: unfollow a newsletter.
pub const MUTATION_UNFOLLOW: &str = "6392786840836363";
/// MEX document id: mute a newsletter.
pub const MUTATION_MUTE: &str = "6274038279359549";
/// MEX document id: unmute a newsletter.
pub const MUTATION_UNMUTE: &str = "6068417879924485";
/// MEX document id: create a newsletter.
pub const MUTATION_CREATE: &str = "6234210096708695";
/// MEX document id: change a newsletter's name or description.
pub const MUTATION_UPDATE: &str = "7150902998257522";

/// The shortest renewal interval, whatever the server says.
const MIN_RENEWAL: Duration = Duration::from_secs(1);
/// How long to wait before retrying a failed renewal.
const RETRY_RENEWAL: Duration = Duration::from_secs(5);

/// Why a newsletter request failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NewsletterError {
    /// The request failed or the server refused it.
    #[error(transparent)]
    Iq(#[from] IqError),
    /// The answer is malformed.
    #[error("malformed answer: {0}")]
    Malformed(#[from] NotificationError),
    /// The MEX answer is not the JSON expected.
    #[error("malformed MEX answer: {0}")]
    Json(String),
    /// The MEX answer carries errors.
    #[error("MEX error: {0}")]
    Mex(String),
    /// The request itself is invalid (nothing was sent).
    #[error("invalid request: {0}")]
    Invalid(&'static str),
}

/// A newsletter message from the history.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsletterMessage {
    /// The server id (the message's position in the newsletter).
    pub server_id: u64,
    /// The message id, when given.
    pub id: Option<String>,
    /// The message type (`text`, `media`...), when given.
    pub message_type: Option<String>,
    /// When it was posted, when given.
    pub timestamp: Option<Timestamp>,
    /// The content, when present and decodable.
    pub message: Option<Box<wa::Message>>,
    /// The view count, when given.
    pub views: Option<u64>,
    /// Reaction counts.
    pub reactions: Vec<NewsletterReaction>,
}

/// A newsletter's metadata, from MEX.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsletterMetadata {
    /// The newsletter.
    pub jid: Jid,
    /// Its name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// How many follow it, when given.
    pub subscribers: Option<u64>,
    /// Our role (`owner`, `admin`, `subscriber`...), when given.
    pub role: Option<String>,
    /// Whether we muted it, when given.
    pub muted: Option<bool>,
    /// The id of its picture, when it has one.
    pub picture_id: Option<String>,
}

fn parse_message(node: &NodeRef<'_>) -> Result<NewsletterMessage, NotificationError> {
    let attrs = node.attrs();
    let mut message = NewsletterMessage {
        server_id: attrs.u64("server_id")?,
        id: attrs.optional_str("id").map(|id| id.into_owned()),
        message_type: attrs.optional_str("type").map(|kind| kind.into_owned()),
        timestamp: attrs.optional_i64("t")?.map(Timestamp),
        message: None,
        views: None,
        reactions: Vec::new(),
    };
    for child in node.children() {
        if child.is("plaintext") {
            message.message = child
                .bytes()
                .and_then(|bytes| match wa::Message::decode(bytes) {
                    Ok(decoded) => Some(Box::new(decoded)),
                    Err(error) => {
                        log::warn!(
                            "undecodable newsletter message {}: {error}",
                            message.server_id
                        );
                        None
                    }
                });
        } else if child.is("views_count") {
            message.views = Some(child.attrs().u64("count")?);
        } else if child.is("reactions") {
            for reaction in child.children_by_tag("reaction") {
                let reaction_attrs = reaction.attrs();
                message.reactions.push(NewsletterReaction {
                    code: reaction_attrs.str("code")?.into_owned(),
                    count: reaction_attrs.u64("count")?,
                });
            }
        }
    }
    Ok(message)
}

/// The `<message>` children of `node`.
pub fn parse_messages(node: &NodeRef<'_>) -> Result<Vec<NewsletterMessage>, NotificationError> {
    node.children_by_tag("message").map(parse_message).collect()
}

fn json_str<'v>(value: &'v serde_json::Value, path: &[&str]) -> Option<&'v str> {
    path.iter()
        .try_fold(value, |value, key| value.get(key))
        .and_then(serde_json::Value::as_str)
}

/// Reads the `xwa2_newsletter` object of a MEX answer.
pub fn parse_metadata(
    newsletter: &serde_json::Value,
) -> Result<NewsletterMetadata, NewsletterError> {
    let id = json_str(newsletter, &["id"]).ok_or_else(|| NewsletterError::Json("no id".into()))?;
    let jid = Jid::parse(id).map_err(|error| NewsletterError::Json(error.to_string()))?;
    let subscribers = newsletter
        .get("thread_metadata")
        .and_then(|meta| meta.get("subscribers_count"))
        .and_then(|count| match count {
            serde_json::Value::String(text) => text.parse().ok(),
            other => other.as_u64(),
        });
    Ok(NewsletterMetadata {
        jid,
        name: json_str(newsletter, &["thread_metadata", "name", "text"])
            .unwrap_or_default()
            .to_owned(),
        description: json_str(newsletter, &["thread_metadata", "description", "text"])
            .unwrap_or_default()
            .to_owned(),
        subscribers,
        role: json_str(newsletter, &["viewer_metadata", "role"]).map(str::to_lowercase),
        muted: json_str(newsletter, &["viewer_metadata", "mute"]).map(|mute| mute == "ON"),
        picture_id: json_str(newsletter, &["thread_metadata", "picture", "id"]).map(str::to_owned),
    })
}

impl Client {
    async fn newsletter_iq(
        &self,
        kind: &'static str,
        to: Jid,
        content: Node,
    ) -> Result<Arc<OwnedNodeRef>, NewsletterError> {
        let iq = Node::new("iq")
            .attr("xmlns", "newsletter")
            .attr("type", kind)
            .attr("to", to)
            .children([content]);
        Ok(self.send_iq(iq).await?)
    }

    /// Runs a MEX (GraphQL) request and returns its `data` object.
    pub async fn mex_query(
        &self,
        query_id: &str,
        variables: serde_json::Value,
    ) -> Result<serde_json::Value, NewsletterError> {
        let payload = serde_json::json!({ "variables": variables }).to_string();
        let iq = Node::new("iq")
            .attr("xmlns", "w:mex")
            .attr("type", "get")
            .attr("to", Jid::server_jid())
            .children([Node::new("query")
                .attr("query_id", query_id.to_owned())
                .bytes(payload.into_bytes())]);
        let answer = self.send_iq(iq).await?;
        let result = required_child(answer.get(), "result")?;
        if result.attrs().is("format", "argo") {
            return Err(NewsletterError::Json(
                "Argo answers are not supported".into(),
            ));
        }
        let text = result.text().unwrap_or_default();
        let mut value: serde_json::Value = serde_json::from_str(&text)
            .map_err(|error| NewsletterError::Json(error.to_string()))?;
        if let Some(errors) = value
            .get("errors")
            .filter(|errors| errors.as_array().is_some_and(|list| !list.is_empty()))
        {
            return Err(NewsletterError::Mex(errors.to_string()));
        }
        Ok(value
            .get_mut("data")
            .map(serde_json::Value::take)
            .unwrap_or_default())
    }

    /// Subscribes to the live counters of `newsletter` and keeps the
    /// subscription alive (renewing it before it lapses) until
    /// [`cancel_live_updates`](Client::cancel_live_updates). Returns the
    /// duration the server granted.
    pub async fn subscribe_live_updates(
        &self,
        newsletter: &Jid,
    ) -> Result<Duration, NewsletterError> {
        let duration = self.request_live_updates(newsletter).await?;
        let client = self.clone();
        let jid = newsletter.clone();
        let task = tokio::spawn(async move {
            let mut duration = duration;
            loop {
                let wait = (duration.saturating_mul(4) / 5).max(MIN_RENEWAL);
                tokio::time::sleep(wait).await;
                match client.request_live_updates(&jid).await {
                    Ok(granted) => duration = granted,
                    Err(error) => {
                        log::warn!("renewing live updates of {jid} failed: {error}");
                        duration = RETRY_RENEWAL.saturating_mul(5) / 4;
                    }
                }
            }
        });
        self.inner
            .notifications
            .newsletters
            .replace(newsletter.clone(), task.abort_handle());
        Ok(duration)
    }

    async fn request_live_updates(&self, newsletter: &Jid) -> Result<Duration, NewsletterError> {
        let answer = self
            .newsletter_iq("set", newsletter.clone(), Node::new("live_updates"))
            .await?;
        let seconds = required_child(answer.get(), "live_updates")?
            .attrs()
            .u64("duration")
            .map_err(NotificationError::from)?;
        Ok(Duration::from_secs(seconds))
    }

    /// Stops renewing the live-update subscription of `newsletter`; false
    /// if there was none.
    pub fn cancel_live_updates(&self, newsletter: &Jid) -> bool {
        self.inner.notifications.newsletters.cancel(newsletter)
    }

    /// Whether live updates of `newsletter` are being kept alive.
    pub fn has_live_updates(&self, newsletter: &Jid) -> bool {
        self.inner.notifications.newsletters.is_active(newsletter)
    }

    /// Up to `count` messages of `newsletter`, newest first, before the
    /// server id `before` when given.
    pub async fn get_newsletter_messages(
        &self,
        newsletter: &Jid,
        count: u32,
        before: Option<u64>,
    ) -> Result<Vec<NewsletterMessage>, NewsletterError> {
        let mut query = Node::new("messages")
            .attr("type", "jid")
            .attr("jid", newsletter.clone())
            .attr("count", count);
        if let Some(before) = before {
            query = query.attr("before", before);
        }
        let answer = self.newsletter_iq("get", Jid::server_jid(), query).await?;
        Ok(parse_messages(required_child(answer.get(), "messages")?)?)
    }

    /// Counter updates (reactions, views) of up to `count` messages of
    /// `newsletter`, after the server id `after` when given.
    pub async fn get_newsletter_message_updates(
        &self,
        newsletter: &Jid,
        count: u32,
        after: Option<u64>,
    ) -> Result<Vec<NewsletterMessage>, NewsletterError> {
        let mut query = Node::new("message_updates").attr("count", count);
        if let Some(after) = after {
            query = query.attr("after", after);
        }
        let answer = self.newsletter_iq("get", newsletter.clone(), query).await?;
        let updates = required_child(answer.get(), "message_updates")?;
        let list = updates.child("messages").unwrap_or(updates);
        Ok(parse_messages(list)?)
    }

    /// The metadata of `newsletter`.
    pub async fn get_newsletter_info(
        &self,
        newsletter: &Jid,
    ) -> Result<NewsletterMetadata, NewsletterError> {
        let data = self
            .mex_query(
                QUERY_FETCH_NEWSLETTER,
                serde_json::json!({
                    "fetch_creation_time": true,
                    "fetch_full_image": true,
                    "fetch_viewer_metadata": true,
                    "input": { "key": newsletter.to_string(), "type": "JID" },
                }),
            )
            .await?;
        let newsletter = data
            .get("xwa2_newsletter")
            .ok_or_else(|| NewsletterError::Json("no xwa2_newsletter".into()))?;
        parse_metadata(newsletter)
    }

    async fn newsletter_mutation(
        &self,
        query_id: &str,
        newsletter: &Jid,
    ) -> Result<(), NewsletterError> {
        self.mex_query(
            query_id,
            serde_json::json!({ "newsletter_id": newsletter.to_string() }),
        )
        .await?;
        Ok(())
    }

    /// Creates a newsletter named `name` (with `description` and a
    /// `picture`, JPEG bytes, when given) owned by this account, which may
    /// then post to it, and returns its metadata.
    pub async fn create_newsletter(
        &self,
        name: &str,
        description: Option<&str>,
        picture: Option<&[u8]>,
    ) -> Result<NewsletterMetadata, NewsletterError> {
        if name.trim().is_empty() {
            return Err(NewsletterError::Invalid("the name is empty"));
        }
        if picture.is_some_and(<[u8]>::is_empty) {
            return Err(NewsletterError::Invalid("the picture is empty"));
        }
        let mut input = serde_json::json!({ "name": name });
        if let Some(description) = description {
            input["description"] = serde_json::Value::from(description);
        }
        if let Some(picture) = picture {
            input["picture"] =
                serde_json::Value::from(base64::engine::general_purpose::STANDARD.encode(picture));
        }
        let data = self
            .mex_query(
                MUTATION_CREATE,
                serde_json::json!({ "newsletter_input": input }),
            )
            .await?;
        let created = data
            .get("xwa2_newsletter_create")
            .ok_or_else(|| NewsletterError::Json("no xwa2_newsletter_create".into()))?;
        parse_metadata(created)
    }

    /// Changes the name and/or description of `newsletter`, which we must
    /// own or administer, and returns its new metadata.
    pub async fn update_newsletter(
        &self,
        newsletter: &Jid,
        name: Option<&str>,
        description: Option<&str>,
    ) -> Result<NewsletterMetadata, NewsletterError> {
        if name.is_none() && description.is_none() {
            return Err(NewsletterError::Invalid("nothing to change"));
        }
        if name.is_some_and(|name| name.trim().is_empty()) {
            return Err(NewsletterError::Invalid("the name is empty"));
        }
        let mut updates = serde_json::json!({ "settings": null });
        if let Some(name) = name {
            updates["name"] = serde_json::Value::from(name);
        }
        if let Some(description) = description {
            updates["description"] = serde_json::Value::from(description);
        }
        let data = self
            .mex_query(
                MUTATION_UPDATE,
                serde_json::json!({
                    "newsletter_id": newsletter.to_string(),
                    "updates": updates,
                }),
            )
            .await?;
        let updated = data
            .get("xwa2_newsletter_update")
            .ok_or_else(|| NewsletterError::Json("no xwa2_newsletter_update".into()))?;
        parse_metadata(updated)
    }

    /// Follows (joins) `newsletter`.
    pub async fn follow_newsletter(&self, newsletter: &Jid) -> Result<(), NewsletterError> {
        self.newsletter_mutation(MUTATION_FOLLOW, newsletter).await
    }

    /// Unfollows (leaves) `newsletter`.
    pub async fn unfollow_newsletter(&self, newsletter: &Jid) -> Result<(), NewsletterError> {
        self.newsletter_mutation(MUTATION_UNFOLLOW, newsletter)
            .await
    }

    /// Mutes (`true`) or unmutes `newsletter`.
    pub async fn mute_newsletter(
        &self,
        newsletter: &Jid,
        mute: bool,
    ) -> Result<(), NewsletterError> {
        let query = if mute { MUTATION_MUTE } else { MUTATION_UNMUTE };
        self.newsletter_mutation(query, newsletter).await
    }
}
