package nl.ikcatlas.view.shared;

/** How to reach the municipality; hrefs are ready to use ({@code mailto:}, {@code tel:}). Absent parts are null;
 * {@code form} is the address of the contact form on the web. */
public record ContactView(
        String organisation,
        String email,
        String emailHref,
        String phone,
        String phoneHref,
        String website,
        String form) {
}
