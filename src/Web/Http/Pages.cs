using Microsoft.AspNetCore.Http.HttpResults;
using SignauxFaibles.Web.Components;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Http;

/// <summary>Renders server-side pages (Razor components) with a status code.</summary>
internal static class Pages
{
    public static RazorComponentResult<T> Render<T>(object parameters, int status = StatusCodes.Status200OK)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status };

    public static RazorComponentResult<MessagePage> Message(Agent? agent, string title, string message, int status, string kind = "info") =>
        Render<MessagePage>(new Dictionary<string, object?>
        {
            [nameof(MessagePage.Agent)] = agent,
            [nameof(MessagePage.Title)] = title,
            [nameof(MessagePage.Message)] = message,
            [nameof(MessagePage.Kind)] = kind,
        }, status);

    /// <summary>The signed-in agent; the fallback policy guarantees one on every non-anonymous endpoint.</summary>
    public static Agent AgentOf(HttpContext context) =>
        AgentClaims.From(context.User) ?? throw new InvalidOperationException("No authenticated agent on a protected endpoint.");
}
